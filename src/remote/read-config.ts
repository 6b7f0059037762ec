import { createHash } from 'node:crypto';
import type { ConfigCandidate } from '../config/locate-config.js';
import type { Transport } from '../transport/transport.js';
import { parseRecords, type Records } from './records.js';
import { runScript, type RemoteOptions } from './run-script.js';

export interface ExistingConfig {
  state: 'found';
  candidate: ConfigCandidate;
  /** The path WezTerm opens. */
  path: string;
  /** Where the bytes live: differs from path when it is a symlink (stow, chezmoi, Home Manager). */
  realPath: string;
  symlinkTarget?: string;
  /** Running as root: path is a link another user owns, to a file they do not own (its bytes were not read). */
  foreignLink?: { linkUid: string; targetUid: string };
  isFile: boolean;
  readable: boolean;
  writable: boolean;
  dirWritable: boolean;
  backups: string[];
  content: Buffer;
  sha256: string;
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

/** Between a config's path and a backup's id; the sh scripts glob `PATH.wezfleet-backup-*`. */
export const BACKUP_INFIX = '.wezfleet-backup-';

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Finds the first existing candidate (WezTerm's order) and reads it with what a safe write needs to know. */
export async function readConfig(t: Transport, candidates: readonly ConfigCandidate[], o: RemoteOptions): Promise<ConfigRead> {
  return parseConfigRead(
    await runScript(
      t,
      'read-config',
      candidates.map((c) => c.path),
      o,
    ),
    candidates,
  );
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
  const content = r.content ?? Buffer.alloc(0);
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
  };
  const link = r.get('symlink');
  if (link !== undefined) found.symlinkTarget = link;
  const foreign = r.get('foreign.link');
  if (foreign !== undefined) {
    const [linkUid = '?', targetUid = '?'] = foreign.split(' ');
    found.foreignLink = { linkUid, targetUid };
  }
  return found;
}
