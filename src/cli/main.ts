#!/usr/bin/env node
import { CommanderError } from 'commander';
import { HostStepError } from '../core/errors.js';
import { exitCodeForError, formatFatal } from './exit-code.js';
import { processInterrupt } from './interrupt.js';
import { buildProgram } from './program.js';

export async function main(argv: readonly string[]): Promise<number> {
  // From the first moment to the last byte of the report, a signal is ours to handle.
  processInterrupt();
  let exitCode = 0;
  const setExit = (code: number) => (exitCode = code);
  const program = buildProgram(setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return exitCodeForError(err);
    process.stderr.write(formatFatal(err) + '\n');
    if (!(err instanceof HostStepError) && process.env.WEZFLEET_DEBUG) console.error(err);
    return exitCodeForError(err);
  }
}

/**
 * Exits once stdout and stderr have handed everything to the OS: writes to a pipe are asynchronous,
 * and process.exit() right after a large --json document would cut it off at the pipe's 64 KiB.
 */
function exitAfterFlush(code: number): void {
  let pending = 2;
  // A run interrupted at any point says so, once its report is out.
  const done = () => --pending === 0 && process.exit(processInterrupt().exitCode ?? code);
  process.stdout.write('', done);
  process.stderr.write('', done);
}

main(process.argv.slice(2)).then(exitAfterFlush, (err: unknown) => {
  process.stderr.write(formatFatal(err) + '\n');
  exitAfterFlush(1);
});
