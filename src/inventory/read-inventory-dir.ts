import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { UsageError, errorMessage } from '../core/errors.js';
import { readWithAnsibleInventory } from './ansible-inventory.js';
import type { AnsibleInventory } from './ansible-model.js';
import { emptyParsed, mergeParsed, type ParsedAnsible } from './ansible-parsed.js';
import { readVarsDirs } from './ansible-vars-dirs.js';
import { MAX_INVENTORY_DIR_FILES } from './limits.js';
import { parseAnsibleIni } from './parse-ansible-ini.js';
import { parseAnsibleYaml } from './parse-ansible-yaml.js';
import { resolveAnsible } from './resolve-ansible.js';

/**
 * A folder given to -i, as Ansible's InventoryManager reads one (parse_source): its entries in
 * sorted order, folders recursively, skipping hidden names, group_vars/, host_vars/, vars_plugins/
 * and the extensions Ansible ignores by default (INVENTORY_IGNORE_EXTS: note `.ini`, which it
 * reserves for the settings of inventory scripts). Each file is then read by the first plugin
 * that takes it: an executable is a script and a YAML mapping with `plugin:` a plugin's settings
 * (both need ansible-inventory); a YAML inventory (no extension, .yaml, .yml, .json); else INI.
 */
const IGNORED_NAMES = /^\.|^host_vars$|^group_vars$|^vars_plugins$/;
const IGNORED_EXTENSIONS = ['.pyc', '.pyo', '.swp', '.bak', '~', '.rpm', '.md', '.txt', '.rst', '.orig', '.ini', '.cfg', '.retry'];
const YAML_EXTENSIONS = ['', '.yaml', '.yml', '.json'];

interface InventoryDir {
  /** Files wezfleet's own reader can read, in Ansible's order. */
  files: string[];
  /** Scripts, plugin settings and TOML: only ansible-inventory reads those. */
  dynamic: string[];
  /** Files skipped for their extension, as Ansible skips them: said when nothing else is there. */
  ignored: string[];
}

/** A YAML document's value, or why there is none (a syntax error, an alias bomb). */
function readYaml(text: string): { value?: unknown; error?: string } {
  const doc = parseDocument(text, { merge: true });
  if (doc.errors.length) return { error: doc.errors[0]!.message.split('\n')[0]! };
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

/** Python's sorted() on file names: by bytes, not by UTF-16 units. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** What Ansible would read in `dir`, found without reading a file whole unless it might be a plugin's settings. */
function listInventoryDir(dir: string): InventoryDir {
  const out: InventoryDir = { files: [], dynamic: [], ignored: [] };
  const seen = new Set<string>();
  const walk = (folder: string) => {
    // A link back up the tree would make Ansible read forever; each folder is read once here.
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(folder).sort(byBytes)) {
      if (IGNORED_NAMES.test(name)) continue;
      const path = join(folder, name);
      if (IGNORED_EXTENSIONS.some((e) => name.endsWith(e))) {
        out.ignored.push(path);
        continue;
      }
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) {
        walk(path);
        continue;
      }
      if (out.files.length + out.dynamic.length >= MAX_INVENTORY_DIR_FILES)
        throw new UsageError(
          `${dir} holds more than ${MAX_INVENTORY_DIR_FILES.toLocaleString('en-US')} files: is it an inventory folder?`,
          [
            `${dir}: Ansible would read every file in it as an inventory (and run the executable ones); give -i the inventory's own folder or file`,
          ],
        );
      (isDynamic(path, st.mode) ? out.dynamic : out.files).push(path);
    }
  };
  walk(dir);
  return out;
}

function isDynamic(path: string, mode: number): boolean {
  if (mode & 0o111 || extname(path) === '.toml') return true;
  if (!['.yaml', '.yml'].includes(extname(path))) return false;
  const { value } = readYaml(readFileSync(path, 'utf8'));
  return Boolean(value && typeof value === 'object' && typeof (value as { plugin?: unknown }).plugin === 'string');
}

/** One static file as Ansible's plugins take it: YAML first where its extension allows, else INI. */
function parseStaticFile(file: string): ParsedAnsible {
  const text = readFileSync(file, 'utf8');
  let yamlSaid: string | undefined;
  if (YAML_EXTENSIONS.includes(extname(file))) {
    const { value, error } = readYaml(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return parseAnsibleYaml(value as Record<string, unknown>, file);
    yamlSaid = error ?? 'not a YAML mapping';
  }
  try {
    return parseAnsibleIni(text, file);
  } catch (err) {
    const said = err instanceof UsageError ? (err.issues[0] ?? err.message) : errorMessage(err);
    throw new UsageError(yamlSaid ? `${said}; as YAML: ${yamlSaid}` : said);
  }
}

/**
 * The static files of a folder read into one inventory, in order. As in Ansible, a file no plugin
 * can read is skipped (returned in `skipped`, with why); none read at all is an error.
 */
function readStaticFiles(dir: string, files: readonly string[]): { parsed: ParsedAnsible; skipped: string[] } {
  const parsed = emptyParsed();
  const skipped: string[] = [];
  for (const file of files) {
    try {
      mergeParsed(parsed, parseStaticFile(file));
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      skipped.push(err.message.startsWith(file) ? err.message : `${file}: ${err.message}`);
    }
  }
  if (files.length && skipped.length === files.length)
    throw new UsageError(`no file in ${dir} is an inventory Ansible could read`, skipped);
  return { parsed, skipped };
}

export interface ReadDir {
  format: 'ansible-dir' | 'ansible-dynamic';
  reader: 'wezfleet' | 'ansible-inventory';
  inventory: AnsibleInventory;
  /** Files skipped as Ansible skips them, each with why. */
  notes: string[];
}

/**
 * An inventory folder, read by `ansibleInventory` where given (a folder with scripts or plugin
 * settings needs it), else by wezfleet's own reader, with group_vars/ and host_vars/ inside the
 * folder as Ansible takes them. A folder with nothing Ansible would read is refused at once.
 */
export function readInventoryDir(dir: string, ansibleInventory: string | undefined): ReadDir {
  const { files, dynamic, ignored } = listInventoryDir(dir);
  if (!files.length && !dynamic.length) {
    throw new UsageError(`${dir} holds no inventory`, [
      ignored.length
        ? `${dir}: Ansible skips every file in it for its extension (${IGNORED_EXTENSIONS.join(' ')}): ${ignored.map((f) => f.slice(dir.length + 1)).join(', ')}`
        : `${dir}: no file Ansible would read (it skips hidden names, group_vars/, host_vars/ and vars_plugins/)`,
    ]);
  }
  if (ansibleInventory) {
    return {
      format: dynamic.length ? 'ansible-dynamic' : 'ansible-dir',
      reader: 'ansible-inventory',
      inventory: readWithAnsibleInventory(dir, ansibleInventory),
      notes: [],
    };
  }
  if (dynamic.length)
    throw new UsageError(
      `${dir} holds a dynamic Ansible inventory: reading it needs ansible-inventory (install Ansible)`,
      dynamic.map(
        (f) =>
          `${f}: ${extname(f) === '.toml' ? 'a TOML inventory' : f.endsWith('.yml') || f.endsWith('.yaml') ? "an inventory plugin's settings" : 'an executable, run by Ansible as an inventory script'}`,
      ),
    );
  const { parsed, skipped } = readStaticFiles(dir, files);
  return {
    format: 'ansible-dir',
    reader: 'wezfleet',
    inventory: resolveAnsible(parsed, readVarsDirs(dir)),
    notes: skipped.map((s) => `${s} (skipped, as Ansible skips it with a warning)`),
  };
}
