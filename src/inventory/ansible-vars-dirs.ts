import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UsageError, errorMessage } from '../core/errors.js';
import type { Vars } from './ansible-model.js';

export interface VarsDirs {
  group(name: string): Vars;
  host(name: string): Vars;
}

/** Extensions Ansible's host_group_vars plugin reads (no extension too). */
const EXTENSIONS = ['', '.yml', '.yaml', '.json'];

function readVarsFile(file: string): Vars {
  const text = readFileSync(file, 'utf8');
  if (text.startsWith('$ANSIBLE_VAULT')) {
    throw new UsageError(`${file} is encrypted with ansible-vault`, [
      `${file}: install Ansible, so that wezfleet reads the inventory through ansible-inventory (which asks for the vault password), or move the connection variables out of the vault`,
    ]);
  }
  let doc: unknown;
  try {
    // PyYAML, which Ansible uses, merges `<<: *anchor` keys.
    doc = parseYaml(text, { merge: true });
  } catch (err) {
    throw new UsageError(`cannot read ${file}`, [`${file}: ${errorMessage(err).split('\n')[0]}`]);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new UsageError(`cannot read ${file}`, [
      `${file}: expected a mapping of variables, got ${Array.isArray(doc) ? 'a list' : typeof doc}`,
    ]);
  return doc as Vars;
}

/** Every file under a vars directory, recursively, sorted, hidden and backup files skipped. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && !f.endsWith('~'))
    .sort()
    .flatMap((f) => {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) return filesUnder(path);
      return EXTENSIONS.some((e) => e && f.endsWith(e)) || !f.includes('.') ? [path] : [];
    });
}

function varsFor(base: string, name: string): Vars {
  const files = EXTENSIONS.map((e) => join(base, name + e)).filter((f) => existsSync(f) && statSync(f).isFile());
  const dir = join(base, name);
  if (existsSync(dir) && statSync(dir).isDirectory()) files.push(...filesUnder(dir));
  return Object.assign({}, ...files.map(readVarsFile)) as Vars;
}

/** group_vars/ and host_vars/ beside an inventory file (none when `dir` is undefined). */
export function readVarsDirs(dir: string | undefined): VarsDirs {
  const cache = new Map<string, Vars>();
  const lookup = (kind: 'group_vars' | 'host_vars', name: string): Vars => {
    if (!dir) return {};
    const key = `${kind}/${name}`;
    if (!cache.has(key)) cache.set(key, existsSync(join(dir, kind)) ? varsFor(join(dir, kind), name) : {});
    return cache.get(key)!;
  };
  return { group: (name) => lookup('group_vars', name), host: (name) => lookup('host_vars', name) };
}
