import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../core/assets.js';
import { registerApply } from './commands/apply.js';
import { registerCompletion } from './commands/completion.js';
import { registerConfig } from './commands/config.js';
import { registerHosts } from './commands/hosts.js';
import { registerPlan } from './commands/plan.js';
import { registerRender } from './commands/render.js';
import { registerRescue } from './commands/rescue.js';
import { registerRestart } from './commands/restart.js';
import { registerRestore } from './commands/restore.js';
import { registerStatus } from './commands/status.js';
import { EXIT_CODES_HELP, EXIT_INTERRUPTED_HELP } from './exit-code.js';

const PROGRAM_DESCRIPTION = 'Tune WezTerm mux servers for AI agent swarms, safely, on one machine or a fleet.';

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The whole command tree: what runs, and what --help, the completion scripts and the man page are
 * read from, so that none of them can say a flag that does not exist.
 */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('wezfleet')
    .description(PROGRAM_DESCRIPTION)
    .version(packageVersion())
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
    [
      '',
      "Run `wezfleet COMMAND --help` for a command's flags and examples, `man wezfleet` for everything.",
      'Defaults for the flags every host command shares: ~/.config/wezfleet/config.yaml and WEZFLEET_*',
      '(`wezfleet config` shows each value in effect and where it came from).',
      '',
      EXIT_CODES_HELP,
      '  3  plan --detailed-exitcode only: changes pending',
      EXIT_INTERRUPTED_HELP,
      '',
    ].join('\n'),
  );
  return program;
}
