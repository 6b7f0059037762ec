import type { Transport } from '../transport/transport.js';
import { BACKUP_INFIX, sha256 } from './read-config.js';
import { parseReload, type ReloadResult } from './reload.js';
import { runChange, runScript, type ChangeResult, type RemoteOptions } from './run-script.js';

export interface WriteRequest {
  /** The config path WezTerm opens; backups go beside it. */
  path: string;
  /** The file actually replaced (the symlink's target, or path itself). */
  realPath: string;
  /** The hash wezfleet read; undefined when the file is being created. */
  expectedSha256?: string;
  /** The new bytes, or 'absent' to remove the file (undoing a creation). */
  content: Buffer | 'absent';
  /**
   * Where to keep the current bytes; when creating, an empty record that the file did not exist
   * (its id ends in -absent). Undefined when there is nothing to keep.
   */
  backupPath?: string;
  keepBackups: number;
  /** After the write, in the same round trip: wait for the running mux to log block `hash` (after what the log held before the rename). */
  reload?: { log: string; hash: string; waitMs: number };
}

export interface WriteResult {
  backup?: string;
  pruned: string[];
  reload?: ReloadResult;
  /** The command was cut after its commit (a cancel, a dropped connection): how. */
  cut?: string;
}

/** The write's record that the new file is in place: after it, the write has happened. */
export const COMMITTED = Buffer.from('\0committed\0');

/** Ends the id of a backup that records "there was no file here" (apply created it). */
export const ABSENT_SUFFIX = '-absent';

/** `~/.wezterm.lua.wezfleet-backup-20261123T200501.123Z`: sorts by time, no characters a shell dislikes. */
export function backupPathFor(path: string, now: Date, o: { absent?: boolean } = {}): string {
  return `${path}${BACKUP_INFIX}${now.toISOString().replaceAll('-', '').replaceAll(':', '')}${o.absent ? ABSENT_SUFFIX : ''}`;
}

export function backupId(backupPath: string): string {
  return backupPath.slice(backupPath.lastIndexOf(BACKUP_INFIX) + BACKUP_INFIX.length);
}

/** write-config.sh's arguments for a request: its mode first, then what that mode takes. */
export function writeArgs(w: WriteRequest): string[] {
  const backup = w.backupPath ?? 'none';
  const reload = w.reload ? [w.reload.log, w.reload.hash, String(Math.ceil(w.reload.waitMs / 100))] : [];
  if (w.content === 'absent') {
    if (!w.expectedSha256) throw new Error(`writing ${w.realPath}: removing a file needs the hash it was read with`);
    return ['remove', w.path, w.realPath, w.expectedSha256, backup, String(w.keepBackups)];
  }
  const keep = String(w.keepBackups);
  return w.expectedSha256 === undefined
    ? ['create', w.path, w.realPath, sha256(w.content), backup, keep, ...reload]
    : ['update', w.path, w.realPath, w.expectedSha256, sha256(w.content), backup, keep, ...reload];
}

/**
 * What the write's records say happened: written (its `committed` record came, whatever happened
 * after), or `unknown` where the command was cut before it said, or an error where it ended
 * without committing.
 */
export function parseWriteResult({ records: r, cut }: ChangeResult, w: WriteRequest): WriteResult | { unknown: string } {
  if (!r.has('committed')) {
    if (cut) return { unknown: cut.message };
    throw new Error(`writing ${w.realPath}: the script ended without committing`);
  }
  const result: WriteResult = { pruned: r.all.get('pruned') ?? [] };
  const backup = r.get('backup');
  if (backup) result.backup = backup;
  if (cut) result.cut = cut.message;
  if (w.reload) {
    result.reload =
      cut && !r.has('reload')
        ? { state: 'not checked', detail: `${cut.message} before the mux's proof came` }
        : parseReload(r, w.reload.waitMs, w.reload.hash);
  }
  return result;
}

/** How long a write may take: the command's deadline plus the wait for the reload. */
const writeTimeoutMs = (w: WriteRequest, o: RemoteOptions): number => o.timeoutMs + (w.reload?.waitMs ?? 0);

export async function writeConfig(t: Transport, w: WriteRequest, o: RemoteOptions): Promise<WriteResult | { unknown: string }> {
  const change = await runChange(t, 'write-config', writeArgs(w), {
    ...o,
    timeoutMs: writeTimeoutMs(w, o),
    stdin: w.content === 'absent' ? Buffer.alloc(0) : w.content,
    commit: COMMITTED,
  });
  return parseWriteResult(change, w);
}

export async function readRemoteFile(t: Transport, path: string, o: RemoteOptions): Promise<Buffer> {
  return (await runScript(t, 'read-file', [path], o)).content ?? Buffer.alloc(0);
}
