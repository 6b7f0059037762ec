import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { MergedSettings } from '../defaults/merge-settings.js';
import { HOST_KEY_POLICIES, LOG_LEVELS, SHARED_SPECS, TRANSPORTS, type SharedKey } from '../defaults/shared-settings.js';
import { parseProfileText, parseRamText, parseSetFlags } from '../profile/overrides.js';
import type { AnchorTier } from '../profile/anchors.js';
import type { SettingOverrides } from '../profile/overrides.js';
import { DEFAULT_AGENT_PATTERNS, parseAgentPattern, type AgentPattern } from '../mux/agents.js';
import { settingsOf } from './settings.js';

export interface CommonFlags {
  json?: boolean;
  /** Host patterns given as arguments (`wezfleet plan 'gpu-*'`). */
  patterns?: string[];
  limit?: string[];
  verbose?: boolean;
  /** Every column of a table, nothing cut to the terminal's width. */
  wide?: boolean;
  /** The shared settings (inventory, timeouts, colour, ...): flags, environment, config file and defaults merged. */
  settings: MergedSettings;
}

export interface ProfileFlags {
  ram?: string;
  profile?: string;
  set: string[];
  config?: string;
}

export interface WriteFlags {
  yes?: boolean;
  batch?: string;
  maxFail?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Help headings: a command's own flags come first, under "Options:", then these groups. */
const HELP_GROUPS = {
  hosts: 'Hosts and connections (every host command):',
  profile: 'Profile:',
  write: 'Writing:',
  agents: 'Agents:',
  settings: 'Settings (as every host command takes them):',
} as const;

const inventoryOption = () =>
  new Option(
    '-i, --inventory <inventory>',
    'a wezfleet or Ansible inventory (file or folder), or hosts written out: web1,web2, or one user@host:port (default ./inventory.yaml, then ~/.config/wezfleet/inventory.yaml; none: this machine)',
  );

const builtIn = (key: SharedKey) => String(SHARED_SPECS[key].builtIn);

/** The flags whose defaults the config file and the environment may set (defaults/shared-settings.ts), -i apart. */
function addSettingOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--log-level <level>', `stderr log level (default ${builtIn('log_level')})`).choices(LOG_LEVELS))
    .option('-v, --verbose', 'same as --log-level info, and tables as with --wide')
    .option('--wide', "tables with every column and nothing cut to the terminal's width")
    .option('--timeout <seconds>', `deadline for each command on a host (default ${builtIn('timeout')})`)
    .option('--concurrency <n>', `hosts worked on at once (default ${builtIn('concurrency')})`)
    .addOption(
      new Option(
        '--host-key-policy <policy>',
        `strict: only known_hosts; accept-new: record unknown hosts; off: accept unknown hosts for this run (a changed key always fails) (default ${builtIn('host_key_policy')})`,
      ).choices(HOST_KEY_POLICIES),
    )
    .option('--ssh-config <file>', 'ssh_config to use instead of ~/.ssh/config (like ssh -F)')
    .option('--connect-timeout <seconds>', 'deadline for connecting and logging in to a host (default: its ConnectTimeout, else 10)')
    .option('--retries <n>', `extra connection attempts after a transient network error (default ${builtIn('retries')})`)
    .addOption(
      new Option(
        '--transport <how>',
        "ssh2 (built in), openssh (the system's ssh), auto: openssh only where ssh2 cannot serve the host (default: the inventory's, else auto)",
      ).choices(TRANSPORTS),
    )
    .option('--no-color', 'no colour, even on a terminal (also NO_COLOR=1; FORCE_COLOR=1 forces colour)');
}

const keepBackupsOption = () => new Option('--keep-backups <n>', `backups kept beside each config (default ${builtIn('keep_backups')})`);

const agentOption = () =>
  new Option(
    '--agent <name=regex>',
    "what counts as an agent, matched against each pane process's command line (repeatable; replaces the defaults: Claude Code, Codex, Gemini CLI)",
  )
    .argParser(collect)
    .default([]);

export function addCommonOptions(cmd: Command): Command {
  cmd
    .argument('[pattern...]', 'hosts to work on, as Ansible reads host patterns (see --limit); none: all of the inventory')
    .optionsGroup(HELP_GROUPS.hosts)
    .addOption(inventoryOption())
    .option(
      '-l, --limit <pattern>',
      "only these hosts, as Ansible's --limit: names, globs, groups, ~regex, web[0:2], &x, !x, @FILE; also tag:x, group:y (repeatable)",
      collect,
    )
    .option('--json', 'print the machine-readable result on stdout instead of tables');
  return addSettingOptions(cmd);
}

/** `wezfleet config`: every flag the config file can set, to see what one given with them would change. */
export function addAllSettingOptions(cmd: Command): Command {
  cmd.optionsGroup(HELP_GROUPS.settings).addOption(inventoryOption());
  return addSettingOptions(cmd).addOption(keepBackupsOption()).addOption(agentOption());
}

export function addProfileOptions(cmd: Command): Command {
  return cmd
    .optionsGroup(HELP_GROUPS.profile)
    .option('--ram <GiB>', 'compute the profile for this much RAM instead of detecting it')
    .option('--profile <tier>', "use the guide's fixed 64, 128, 256 or 512 GiB profile")
    .option('--set <key=value>', 'override one setting, e.g. scrollback_lines=2000000 (repeatable)', collect, [])
    .option('--config <path>', 'manage this config file instead of the one WezTerm would load');
}

export function addWriteOptions(cmd: Command): Command {
  return cmd
    .optionsGroup(HELP_GROUPS.write)
    .option('-y, --yes', 'do not ask for confirmation (required without a terminal)')
    .addOption(keepBackupsOption())
    .option('--batch <n|p%>', 'work in batches of this many hosts (or this share of them), one batch after another')
    .option('--max-fail <n|p%>', 'stop starting hosts once more than this many (or this share) have failed');
}

export interface ParsedProfileFlags {
  ram?: number;
  profile?: AnchorTier;
  settings: SettingOverrides;
  config?: string;
}

export function parseProfileFlags(f: ProfileFlags): ParsedProfileFlags {
  const out: ParsedProfileFlags = { settings: parseSetFlags(f.set) };
  if (f.ram !== undefined) out.ram = parseRamText(f.ram);
  if (f.profile !== undefined) out.profile = parseProfileText(f.profile);
  if (f.config !== undefined) out.config = f.config;
  return out;
}

/** `--batch 5` or `--batch 10%` (of `total`), at least 1. */
export function parseCount(text: string, flag: string, total: number, round: 'up' | 'down'): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(text.trim());
  if (!m || (m[2] && Number(m[1]) > 100))
    throw new UsageError(`${flag}: expected a number of hosts or a percentage such as 10%, got ${JSON.stringify(text)}`);
  if (!m[2]) return Math.floor(Number(m[1]));
  const share = (total * Number(m[1])) / 100;
  return round === 'up' ? Math.max(1, Math.ceil(share)) : Math.floor(share);
}

export function addAgentOptions(cmd: Command): Command {
  return cmd.optionsGroup(HELP_GROUPS.agents).addOption(agentOption());
}

export function parseAgentFlags(flags: string[]): AgentPattern[] {
  if (!flags.length) return DEFAULT_AGENT_PATTERNS;
  const parsed = flags.map(parseAgentPattern);
  const problems = parsed.filter((p): p is string => typeof p === 'string');
  if (problems.length)
    throw new UsageError(
      'invalid --agent',
      problems.map((p) => `--agent ${p}`),
    );
  return parsed as AgentPattern[];
}

/**
 * A host command's action: the patterns given as arguments join its flags, and the shared flags
 * become settings merged with the environment and the config file (a bad one ends the command).
 */
export function withPatterns<F extends CommonFlags>(
  action: (flags: F) => Promise<void>,
): (patterns: string[], flags: Omit<F, 'settings'>, cmd: Command) => Promise<void> {
  return async (patterns, flags, cmd) => {
    const { merged } = settingsOf(cmd);
    // --agent's value for the commands that take it, whichever place set it.
    await action({ ...flags, agent: merged.agents.value, patterns, settings: merged } as unknown as F);
  };
}
