import type { Command, Option } from 'commander';
import { SHARED_KEYS, SHARED_SPECS } from '../defaults/shared-settings.js';
import { EXIT_CODES_HELP, EXIT_INTERRUPTED_HELP } from './exit-code.js';
import { examplesOf } from './help.js';

/**
 * Text as roff prints it: a backslash is `\e`, no line starts with a control character, and the
 * dashes of flags (`--json`, `ssh -F`) are minus signs, which a reader can copy; a word's hyphens stay.
 */
function text(s: string): string {
  return s
    .replace(/\\/g, '\\e')
    .replace(/(?<!\w)-/g, '\\-')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

/** A flag or command word, in bold, its hyphens minus signs (so that a copied flag works). */
const bold = (s: string) => `\\fB${text(s).replace(/(?<!\\)-/g, '\\-')}\\fR`;
const italic = (s: string) => `\\fI${text(s)}\\fR`;

/** `-i, --inventory <inventory>` as `\fB\-i\fR, \fB\-\-inventory\fR \fIinventory\fR`. */
function optionTerm(flags: string): string {
  return flags
    .split(/(,\s*|\s+)/)
    .map((part) => (/^-/.test(part) ? bold(part) : /^[<[].*[>\]]$/.test(part) ? italic(part.slice(1, -1)) : text(part)))
    .join('');
}

function optionItem(o: Option): string {
  const choices = o.argChoices ? `; one of: ${o.argChoices.join(', ')}` : '';
  return `.TP\n${optionTerm(o.flags)}\n${text(o.description + choices)}\n`;
}

/** The options a command shows under a group heading are described once, in SHARED OPTIONS. */
const groupOf = (o: Option) => o.helpGroupHeading?.replace(/:$/, '');

function examples(cmd: Command): string {
  const list = examplesOf(cmd);
  return list.length ? `.PP\nExamples:\n.RS\n.nf\n${list.map((e) => text(`$ ${e}`)).join('\n')}\n.fi\n.RE\n` : '';
}

function commandSection(cmd: Command): string {
  const own = cmd.options.filter((o) => !groupOf(o));
  const groups = [...new Set(cmd.options.map(groupOf).filter((g): g is string => Boolean(g)))];
  const also = groups.length ? `.PP\nAlso takes the ${groups.map((g) => `\\fI${text(g)}\\fR`).join(', ')} options.\n` : '';
  return [
    `.SS "wezfleet ${cmd.name()} ${cmd.usage().replace(/"/g, '')}"\n`,
    `${text(cmd.description())}.\n`,
    own.length ? `.PP\nOptions:\n${own.map(optionItem).join('')}` : '',
    also,
    examples(cmd),
  ].join('');
}

/** Each group's options once; an option already described under another group is only named. */
function sharedOptions(program: Command): string {
  const byGroup = new Map<string, Map<string, Option>>();
  for (const cmd of program.commands) {
    for (const o of cmd.options) {
      const group = groupOf(o);
      if (!group) continue;
      const options = byGroup.get(group) ?? byGroup.set(group, new Map()).get(group)!;
      if (!options.has(o.flags)) options.set(o.flags, o);
    }
  }
  const described = new Set<string>();
  return [...byGroup]
    .map(([group, options]) => {
      const fresh = [...options.values()].filter((o) => !described.has(o.flags));
      const seen = [...options.values()].filter((o) => described.has(o.flags));
      for (const o of fresh) described.add(o.flags);
      const named = seen.length ? `.PP\nAnd, as above: ${seen.map((o) => bold(o.long ?? o.flags)).join(', ')}.\n` : '';
      return `.SS "${text(group).replace(/"/g, '')}"\n${fresh.map(optionItem).join('')}${named}`;
    })
    .join('');
}

function configFile(): string {
  const keys = SHARED_KEYS.map((k) => {
    const spec = SHARED_SPECS[k];
    const where = [spec.flag, spec.env].filter(Boolean).join(', ');
    return `.TP\n${bold(k)}\n${text(`${spec.meaning} (${where})`)}\n`;
  });
  return `.SH CONFIGURATION FILE
${text(
  'Defaults for the shared flags, as YAML: ~/.config/wezfleet/config.yaml, or the file WEZFLEET_CONFIG names. ' +
    'A flag beats the environment, which beats the file, which beats the built-in default; ' +
    "an inventory's transport and ssh_config, and a host's ConnectTimeout, beat the file's value but not a flag's or a variable's. " +
    'Unknown keys and wrong values are refused (exit 2), each as FILE: key: message.',
)} ${bold('wezfleet config')} shows every value and where it came from. Keys:
${keys.join('')}`;
}

function environment(): string {
  const vars: [string, string][] = [
    ['WEZFLEET_CONFIG', 'the config file to read instead of ~/.config/wezfleet/config.yaml; it must exist (/dev/null: none)'],
    ...SHARED_KEYS.flatMap((k): [string, string][] => {
      const env = SHARED_SPECS[k].env;
      return env ? [[env, `the default of ${SHARED_SPECS[k].flag}, beating the config file`]] : [];
    }),
    ['NO_COLOR', 'any value: no colour (beats FORCE_COLOR and the config file)'],
    ['FORCE_COLOR', 'colour even in a pipe; 0 or false: none'],
    ['WEZFLEET_PROGRESS_SECONDS', 'how often a run without a terminal prints its progress (default 10)'],
    ['WEZFLEET_ANSIBLE_INVENTORY', "the ansible-inventory to read Ansible inventories with, or off for wezfleet's own reader"],
    ['XDG_CONFIG_HOME', 'where config.yaml and inventory.yaml are looked for (default ~/.config)'],
    ['XDG_STATE_HOME', 'where the audit log goes (default ~/.local/state)'],
  ];
  return `.SH ENVIRONMENT\n${vars.map(([name, what]) => `.TP\n${bold(name)}\n${text(what)}\n`).join('')}`;
}

function exitStatus(): string {
  const lines = [...EXIT_CODES_HELP.split('\n').slice(1), '  3  plan --detailed-exitcode only: changes pending', EXIT_INTERRUPTED_HELP];
  return `.SH EXIT STATUS\n${lines
    .map((l) => /^\s*([\d, ]+?)\s{2,}(.*)$/.exec(l)!)
    .map(([, codes, what]) => `.TP\n${bold(codes!)}\n${text(what!)}\n`)
    .join('')}`;
}

/** wezfleet(1), read off the same command tree as --help and the completion scripts. */
export function renderManPage(program: Command, version: string): string {
  const globals =
    program.options.map(optionItem).join('') + '.TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nshow help, for wezfleet or for one command\n';
  return `.\\" Generated by src/cli/man-page.ts from wezfleet's command tree: edit that, not this.
.TH WEZFLEET 1 "" "wezfleet ${version}" "User Commands"
.\\" Paths and flags read better whole: no hyphenation, a ragged right edge.
.nh
.ad l
.SH NAME
wezfleet \\- ${text(program.description().replace(/\.$/, ''))}
.SH SYNOPSIS
.B wezfleet
.I command
.RI [ options "] [" pattern ...]
.br
.B wezfleet
.RB [ \\-V | \\-h ]
.SH DESCRIPTION
${text(
  'Every host command works on the hosts of an inventory and, when there is none, on this machine. ' +
    'Results go to stdout (a table, or versioned JSON with --json); logs, progress and prompts go to stderr.',
)}
.PP
Options of wezfleet itself:
${globals}.SH COMMANDS
${program.commands.map(commandSection).join('')}.SH SHARED OPTIONS
${sharedOptions(program)}${configFile()}${environment()}.SH FILES
.TP
.I ~/.config/wezfleet/config.yaml
${text('defaults for the shared flags (see CONFIGURATION FILE)')}
.TP
.IR ./inventory.yaml ", " ~/.config/wezfleet/inventory.yaml
${text('the inventory used when none is given')}
.TP
.I ~/.local/state/wezfleet/
${text('the audit log of every change made')}
${exitStatus()}.SH SEE ALSO
.BR ssh (1),
.BR ssh_config (5),
.BR ansible-inventory (1),
.BR tmux (1),
.BR reptyr (1)
`;
}
