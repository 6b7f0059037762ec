import type { Command } from 'commander';
import { EXIT_CODES_HELP, EXIT_INTERRUPTED_HELP, exitLocalHelp } from './exit-code.js';

/** Each command's examples, for the man page as much as for --help. */
const EXAMPLES = new WeakMap<Command, readonly string[]>();

export function examplesOf(cmd: Command): readonly string[] {
  return EXAMPLES.get(cmd) ?? [];
}

function addFooter(cmd: Command, examples: readonly string[], codes: string): Command {
  EXAMPLES.set(cmd, examples);
  return cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n\n${codes}\n`);
}

/** Examples and exit codes at the end of a command's --help, as ops tools show them. */
export function addHelpFooter(cmd: Command, examples: readonly string[], extraExitCodes: readonly string[] = []): Command {
  return addFooter(cmd, examples, [EXIT_CODES_HELP, ...extraExitCodes.map((c) => `  ${c}`), EXIT_INTERRUPTED_HELP].join('\n'));
}

/** The same for a command that reaches no host: it either works or was asked wrongly. */
export function addLocalHelpFooter(cmd: Command, examples: readonly string[], usage = 'usage error'): Command {
  return addFooter(cmd, examples, exitLocalHelp(usage));
}
