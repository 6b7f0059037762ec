import type { Command, Option } from 'commander';

/** Options whose value is a path on this machine. */
const FILE_VALUES = new Set(['--inventory', '--ssh-config', '--config', '--prometheus']);

interface OptionSpec {
  flags: string[];
  description: string;
  takesValue: boolean;
  choices?: readonly string[];
  file: boolean;
  repeatable: boolean;
}

function specOf(o: Option): OptionSpec {
  const spec: OptionSpec = {
    flags: [o.short, o.long].filter((f): f is string => Boolean(f)),
    description: o.description.split(/[;(]/)[0]!.trim(),
    takesValue: o.required || o.optional,
    file: FILE_VALUES.has(o.long ?? ''),
    repeatable: o.variadic || /repeatable/.test(o.description),
  };
  if (o.argChoices) spec.choices = o.argChoices;
  return spec;
}

function commandsOf(program: Command): { name: string; description: string; options: OptionSpec[]; words: string[] }[] {
  return program.commands.map((c) => ({
    name: c.name(),
    words: c.registeredArguments.flatMap((a) => a.argChoices ?? []),
    description: c.description().split(/[;(]/)[0]!.trim(),
    options: [
      ...c.options.map(specOf),
      { flags: ['-h', '--help'], description: 'show help', takesValue: false, file: false, repeatable: false },
    ],
  }));
}

/** A bash completion script for the program's commands and flags, read off commander's own tree. */
export function bashCompletion(program: Command): string {
  const commands = commandsOf(program);
  const all = commands.flatMap((c) => c.options);
  const valued = [...new Set(all.filter((o) => o.takesValue && !o.file && !o.choices).flatMap((o) => o.flags))];
  const files = [...new Set(all.filter((o) => o.file).flatMap((o) => o.flags))];
  const choices = new Map(all.filter((o) => o.choices).map((o) => [o.flags.join('|'), o.choices!.join(' ')]));
  return `# wezfleet completion for bash. Load it with: eval "$(wezfleet completion bash)"
# or keep it: wezfleet completion bash > ~/.local/share/bash-completion/completions/wezfleet
_wezfleet() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd= i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in -*) ;; *) cmd=\${COMP_WORDS[i]}; break ;; esac
  done
  case $prev in
${[...choices].map(([flags, words]) => `    ${flags}) COMPREPLY=($(compgen -W "${words}" -- "$cur")); return ;;`).join('\n')}
    ${files.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ${valued.join('|')}) COMPREPLY=(); return ;;
  esac
  case $cmd in
    '') COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} --help --version" -- "$cur")) ;;
${commands.map((c) => `    ${c.name}) COMPREPLY=($(compgen -W "${[...c.words, ...c.options.flatMap((o) => o.flags)].join(' ')}" -- "$cur")) ;;`).join('\n')}
  esac
}
complete -F _wezfleet wezfleet
`;
}

const zshText = (s: string) => s.replace(/[[\]:'\\]/g, '');

function zshOption(o: OptionSpec): string {
  const value = o.choices ? `:value:(${o.choices.join(' ')})` : o.file ? ':file:_files' : o.takesValue ? ':value: ' : '';
  const body = `[${zshText(o.description)}]${value}`;
  const star = o.repeatable ? '*' : '';
  if (o.flags.length === 1) return `'${star}${o.flags[0]}${body}'`;
  const exclusive = o.repeatable ? '' : `(${o.flags.join(' ')})`;
  return `'${exclusive}${star}'{${o.flags.join(',')}}'${body}'`;
}

/** A zsh completion script: `_arguments` per command, with descriptions, value choices and files. */
export function zshCompletion(program: Command): string {
  const commands = commandsOf(program);
  return `#compdef wezfleet
# wezfleet completion for zsh. Load it with: source <(wezfleet completion zsh)
# or keep it as _wezfleet in a directory of your $fpath.
_wezfleet() {
  local -a commands
  commands=(
${commands.map((c) => `    '${c.name}:${zshText(c.description)}'`).join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  local cmd=$words[2]
  shift words
  (( CURRENT-- ))
  case $cmd in
${commands.map((c) => `    ${c.name}) _arguments -s \\\n      ${[...c.options.map(zshOption), ...(c.words.length ? [`'1:value:(${c.words.join(' ')})'`] : [])].join(' \\\n      ')} ;;`).join('\n')}
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _wezfleet "$@"
else
  compdef _wezfleet wezfleet
fi
`;
}
