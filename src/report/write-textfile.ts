import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError, errorMessage } from '../errors.js';

/**
 * Writes a local file whole or not at all: a temp file beside it, then one rename, as node_exporter's
 * textfile collector requires (it would otherwise read a half-written file). The temp name does not
 * end in .prom, so the collector never reads it.
 */
export function writeFileAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { mode: 0o644 });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new UsageError(`cannot write ${file} (${errorMessage(err)}): give --prometheus a path in a writable directory`);
  }
}
