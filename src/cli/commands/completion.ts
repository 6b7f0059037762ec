import { Argument, type Command } from 'commander';
import { bashCompletion, zshCompletion } from '../completion.js';
import { addLocalHelpFooter } from '../help.js';

export function registerCompletion(program: Command): void {
  const cmd = program
    .command('completion')
    .description("print a shell completion script (bash or zsh) for wezfleet's commands and flags")
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh']));
  addLocalHelpFooter(cmd, [
    'wezfleet completion zsh > ~/.zfunc/_wezfleet     # a directory of $fpath',
    'eval "$(wezfleet completion bash)"              # in ~/.bashrc',
  ]);
  cmd.action((shell: 'bash' | 'zsh') => {
    process.stdout.write(shell === 'bash' ? bashCompletion(program) : zshCompletion(program));
  });
}
