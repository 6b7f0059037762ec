import { createHash } from 'node:crypto';
import type { ConfigCandidate } from '../config/locate-config.js';
import type { Transport } from '../transport/transport.js';
import { parseRecords, type Records } from './records.js';
import { runScript, type RemoteOptions } from './run-script.js';

interface ExistingConfig {
  state: 'found';
  candidate: ConfigCandidate;
  /** The path WezTerm opens. */
  path: string;
  /** Where the bytes live: differs from path when it is a symlink (stow, chezmoi, Home Manager). */
  realPath: string;
  symlinkTarget?: string;
  /** Running as root: path is a link another user owns, to a file they do not own (its bytes were not read). */
  foreignLink?: { linkUid: string; targetUid: string };
  /** Larger than MAX_CONFIG_BYTES: only its start was read. */
  tooLarge?: boolean;
  isFile: boolean;
  readable: boolean;
  writable: boolean;
  dirWritable: boolean;
  backups: string[];
  content: Buffer;
  sha256: string;
  /** The Lua modules beside it that it can require. */
  modules: ConfigModules;
}

/** What read_modules sent: the Lua files in the folders of WezTerm's package.path. */
interface ConfigModules {
  /** The folders looked in, whether they exist or not. */
  dirs: string[];
  /** Each file's bytes, by its path on the host. */
  files: Map<string, Buffer>;
  /** Files over a limit (count, size), or links root does not follow: not read. */
  skipped: string[];
  /** A file changed size while it was read: none of them is kept. */
  changed: boolean;
}

/** read_modules's records: `module` and `module.size` a pair per file, their bytes in `modules#`. */
function parseModules(r: Records): ConfigModules {
  const paths = r.all.get('module') ?? [];
  const sizes = (r.all.get('module.size') ?? []).map(Number);
  const blob = r.bytes.get('modules');
  const changed = r.has('modules.changed') || (paths.length > 0 && blob === undefined);
  const files = new Map<string, Buffer>();
  if (!changed && blob) {
    let at = 0;
    paths.forEach((path, i) => {
      const size = sizes[i] ?? 0;
      files.set(path, blob.subarray(at, at + size));
      at += size;
    });
  }
  return { dirs: r.all.get('moddir') ?? [], files, skipped: r.all.get('module.skipped') ?? [], changed };
}

export type ConfigRead =
  | ExistingConfig
  | {
      state: 'missing';
      createAt: ConfigCandidate;
      dirExists: boolean;
      dirWritable: boolean;
      backups: string[];
      firstMissingRequired?: ConfigCandidate;
    }
  | { state: 'dangling'; candidate: ConfigCandidate; path: string; target: string };

/** The largest config wezfleet reads (read_config sends a byte more, to tell a larger one). */
export const MAX_CONFIG_BYTES = 4 * 2 ** 20;

/** Between a config's path and a backup's id; the sh scripts glob `PATH.wezfleet-backup-*`. */
export const BACKUP_INFIX = '.wezfleet-backup-';

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Finds the first existing candidate (WezTerm's order) and reads it with what a safe write needs to
 * know, and the modules it can require from `moduleDirs`.
 */
export async function readConfig(
  t: Transport,
  candidates: readonly ConfigCandidate[],
  moduleDirs: readonly string[],
  o: RemoteOptions,
): Promise<ConfigRead> {
  const args = [...candidates.map((c) => c.path), '--', ...moduleDirs];
  return parseConfigRead(await runScript(t, 'read-config', args, o), candidates);
}

/** What read-config.sh reported about the candidates it was given, in WezTerm's order. */
export function parseConfigRead(out: Buffer | Records, candidates: readonly ConfigCandidate[]): ConfigRead {
  const r = Buffer.isBuffer(out) ? parseRecords(out) : out;
  const backups = (r.all.get('backup') ?? []).sort();
  const dangling = r.get('dangling');
  if (dangling !== undefined) {
    const candidate = candidates[Number(dangling)]!;
    return { state: 'dangling', candidate, path: candidate.path, target: r.get('target') ?? '' };
  }
  const index = r.get('index');
  if (index === undefined) {
    const missing: ConfigRead = {
      state: 'missing',
      createAt: candidates[0]!,
      dirExists: r.has('dir.exists'),
      dirWritable: r.has('dir.writable'),
      backups,
    };
    const required = candidates.find((c) => c.mustExist);
    if (required) missing.firstMissingRequired = required;
    return missing;
  }
  const candidate = candidates[Number(index)]!;
  const read = r.content ?? Buffer.alloc(0);
  const content = read.length > MAX_CONFIG_BYTES ? read.subarray(0, MAX_CONFIG_BYTES) : read;
  const found: ExistingConfig = {
    state: 'found',
    candidate,
    path: candidate.path,
    realPath: r.get('real') ?? candidate.path,
    isFile: !r.has('notfile'),
    readable: !r.has('notfile') && !r.has('unreadable'),
    writable: r.has('writable'),
    dirWritable: r.has('dir.writable'),
    backups,
    content,
    sha256: sha256(content),
    modules: parseModules(r),
  };
  const link = r.get('symlink');
  if (link !== undefined) found.symlinkTarget = link;
  if (read.length > MAX_CONFIG_BYTES) found.tooLarge = true;
  const foreign = r.get('foreign.link');
  if (foreign !== undefined) {
    const [linkUid = '?', targetUid = '?'] = foreign.split(' ');
    found.foreignLink = { linkUid, targetUid };
  }
  return found;
}
