import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { UsageError, errorMessage } from '../core/errors.js';
import { couldNameHosts } from '../inventory/find-inventory.js';
import { defaultsFileSchema } from './defaults-schema.js';
import { formatDefaultsIssues } from './file-issues.js';
import type { DefaultsFileLocation } from './find-defaults-file.js';
import type { SharedSettings } from './shared-settings.js';

export interface DefaultsFile {
  path: string;
  /** What the file sets, paths made absolute against its folder. */
  values: Partial<SharedSettings>;
}

/** A settings file is a few lines: anything near this size is not one. */
const MAX_BYTES = 256 * 1024;

/** `~/x` as a shell would expand it; anything else relative to the file's folder. */
function resolvePath(value: string, dir: string, home: string): string {
  if (value === '~' || value.startsWith('~/')) return join(home, value.slice(1));
  return resolve(dir, value);
}

/** An inventory relative to the file's folder, unless it is hosts written out (`web1,web2`) and no such file is there. */
function resolveInventory(value: string, dir: string, home: string): string {
  const path = resolvePath(value, dir, home);
  return isAbsolute(value) || value.startsWith('~') || existsSync(path) || !couldNameHosts(value) ? path : value;
}

/** Each issue already begins with the file: `FILE: key: message`, or `FILE:LINE:COL: message` for YAML. */
function fileError(path: string, issues: string[]): UsageError {
  return new UsageError(`invalid config file ${path}: fix it, or run with WEZFLEET_CONFIG=/dev/null to leave it out`, issues);
}

function parseYaml(path: string, text: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    throw fileError(
      path,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return `${path}:${pos.line}:${pos.col}: ${e.message.split('\n')[0]!}`;
      }),
    );
  }
  try {
    return doc.toJS();
  } catch (err) {
    // An alias that expands past the yaml library's bound.
    throw fileError(path, [`${path}: ${errorMessage(err)}`]);
  }
}

/**
 * The config file's values, checked: undefined where the usual file is absent. A file WEZFLEET_CONFIG
 * names must exist. Every problem is reported at once as `FILE: path: message` (exit 2).
 */
export function readDefaultsFile(at: DefaultsFileLocation, home = process.env.HOME || homedir()): DefaultsFile | undefined {
  const { path } = at;
  if (!existsSync(path)) {
    if (at.named) throw new UsageError(`config file ${path} does not exist (WEZFLEET_CONFIG names it)`);
    return undefined;
  }
  let text: string;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new Error('a folder, not a file');
    if (stat.size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024} KiB, more than a config file holds`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read config file ${path}: ${errorMessage(err)}`);
  }
  // An empty file (or /dev/null) sets nothing.
  const raw = parseYaml(path, text) ?? {};
  const parsed = defaultsFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    throw fileError(
      path,
      formatDefaultsIssues(parsed.error.issues).map((i) => `${path}: ${i}`),
    );
  const { agents, ...rest } = parsed.data as Partial<Omit<SharedSettings, 'agents'>> & { agents?: Record<string, string> };
  const dir = dirname(path);
  const values: Partial<SharedSettings> = rest;
  // The file maps names to patterns; --agent takes NAME=REGEX, and so does everything after the merge.
  if (agents) values.agents = Object.entries(agents).map(([name, regex]) => `${name}=${regex}`);
  if (rest.inventory !== undefined) values.inventory = resolveInventory(rest.inventory, dir, home);
  if (rest.ssh_config !== undefined) values.ssh_config = resolvePath(rest.ssh_config, dir, home);
  return { path, values };
}
