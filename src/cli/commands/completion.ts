import { Argument, type Command } from 'commander';
import { bashCompletion, zshCompletion } from '../completion.js';

export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .description("print a shell completion script (bash or zsh) for wezfleet's commands and flags")
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh']))
    .addHelpText(
      'after',
      '\nExamples:\n  $ eval "$(wezfleet completion bash)"              # in ~/.bashrc\n  $ wezfleet completion zsh > ~/.zfunc/_wezfleet     # a directory of $fpath\n',
    )
    .action((shell: 'bash' | 'zsh') => {
      process.stdout.write(shell === 'bash' ? bashCompletion(program) : zshCompletion(program));
    });
}
