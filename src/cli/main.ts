#!/usr/bin/env node
import { HostStepError } from '../core/errors.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../core/assets.js';
import { registerApply } from './commands/apply.js';
import { registerCompletion } from './commands/completion.js';
import { registerConfig } from './commands/config.js';
import { registerHosts } from './commands/hosts.js';
import { registerRescue } from './commands/rescue.js';
import { registerRestart } from './commands/restart.js';
import { registerStatus } from './commands/status.js';
import { registerPlan } from './commands/plan.js';
import { registerRender } from './commands/render.js';
import { registerRestore } from './commands/restore.js';
import { EXIT_CODES_HELP, EXIT_INTERRUPTED_HELP, exitCodeForError, formatFatal } from './exit-code.js';
import { processInterrupt } from './interrupt.js';

const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;

export async function main(argv: readonly string[]): Promise<number> {
  // From the first moment to the last byte of the report, a signal is ours to handle.
  processInterrupt();
  let exitCode = 0;
  const setExit = (code: number) => (exitCode = code);
  const program = new Command('wezfleet')
    .description('Tune WezTerm mux servers for AI agent swarms, safely, on one machine or a fleet.')
    .version(version)
    .exitOverride()
    .showHelpAfterError('(run wezfleet --help for usage)')
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  registerPlan(program, setExit);
  registerApply(program, setExit);
  registerRestore(program, setExit);
  registerRender(program);
  registerHosts(program, setExit);
  registerStatus(program, setExit);
  registerRestart(program, setExit);
  registerRescue(program, setExit);
  registerConfig(program);
  registerCompletion(program);
  program.addHelpText(
    'after',
    `\nRun \`wezfleet COMMAND --help\` for a command's flags and examples.\n\n${EXIT_CODES_HELP}\n  3  plan --detailed-exitcode only: changes pending\n${EXIT_INTERRUPTED_HELP}\n`,
  );
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
