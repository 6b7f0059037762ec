import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { UsageError, errorMessage } from '../core/errors.js';

/**
 * Writes a local file whole or not at all: a temp file beside it, then one rename, as node_exporter's
 * textfile collector requires (it would otherwise read a half-written file). The temp name does not
 * end in .prom, so the collector never reads it. In a directory others can write (a shared
 * collector directory), the temp file has a name nobody can guess and is created with O_EXCL, so it
 * is never opened through a link someone planted; the rename replaces the name itself, never a
 * link's target.
 */
export function writeFileAtomically(file: string, text: string): void {
  const tmp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    // Only a file this call created: the name is ours once the O_EXCL open succeeded.
    if (fd !== undefined || !(err as NodeJS.ErrnoException).syscall?.startsWith('open')) rmSync(tmp, { force: true });
    throw new UsageError(`cannot write ${file} (${errorMessage(err)}): give --prometheus a path in a writable directory`);
  }
}
