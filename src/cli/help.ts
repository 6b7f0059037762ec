import type { Command } from 'commander';
import { EXIT_CODES_HELP, EXIT_INTERRUPTED_HELP, exitLocalHelp } from './exit-code.js';

/** Examples and exit codes at the end of a command's --help, as ops tools show them. */
export function addHelpFooter(cmd: Command, examples: readonly string[], extraExitCodes: readonly string[] = []): Command {
  const codes = [EXIT_CODES_HELP, ...extraExitCodes.map((c) => `  ${c}`), EXIT_INTERRUPTED_HELP].join('\n');
  return cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n\n${codes}\n`);
}

/** The same for a command that reaches no host: it either works or was asked wrongly. */
export function addLocalHelpFooter(cmd: Command, examples: readonly string[], usage = 'usage error'): Command {
  return cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n\n${exitLocalHelp(usage)}\n`);
}
