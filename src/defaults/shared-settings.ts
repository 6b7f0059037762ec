import type { LogLevel } from '../log/audit.js';
import type { HostKeyPolicy } from '../ssh/host-key-policy.js';
import type { TransportChoice } from '../openssh/choose-transport.js';

/**
 * The flags every host command shares, which the operator may also set in the config file
 * (~/.config/wezfleet/config.yaml) or the environment. Keys are spelled as in the file.
 */
export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug', 'trace'] as const satisfies readonly LogLevel[];
export const HOST_KEY_POLICIES = ['strict', 'accept-new', 'off'] as const satisfies readonly HostKeyPolicy[];
export const TRANSPORTS = ['auto', 'ssh2', 'openssh'] as const satisfies readonly TransportChoice[];
const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface SharedSettings {
  /** Unset: ./inventory.yaml, then ~/.config/wezfleet/inventory.yaml, else this machine. */
  inventory: string | undefined;
  concurrency: number;
  timeout: number;
  /** Unset: each host's ConnectTimeout, else 10 s. */
  connect_timeout: number | undefined;
  retries: number;
  host_key_policy: HostKeyPolicy;
  log_level: LogLevel;
  /** Unset: each host's inventory value, else auto. */
  transport: TransportChoice | undefined;
  /** Unset: the inventory's, else ~/.ssh/config. */
  ssh_config: string | undefined;
  keep_backups: number;
  color: ColorMode;
  /** NAME=REGEX, as --agent takes them; empty: the built-in agents. */
  agents: string[];
}

export type SharedKey = keyof SharedSettings;

/** What a value is, for reading it from text (a flag, a variable) and for checking the file. */
export type SettingKind =
  | { type: 'count'; min: number }
  | { type: 'choice'; values: readonly string[] }
  | { type: 'path' }
  | { type: 'inventory' }
  | { type: 'agents' };

export interface SettingSpec<K extends SharedKey = SharedKey> {
  /** The flag that sets it (`--no-color` for color). */
  flag: string;
  /** The environment variable that sets it, where one does. */
  env?: string;
  builtIn: SharedSettings[K];
  kind: SettingKind;
  /** What the value means, in docs, --help and the JSON Schema. */
  meaning: string;
  /** What an unset value means. */
  unset?: string;
  /** An inventory or ssh_config value for the host beats the file's value (never a flag's or a variable's). */
  hostFirst?: string;
}

/** In the order `wezfleet config` lists them. */
export const SHARED_SPECS: { [K in SharedKey]: SettingSpec<K> } = {
  inventory: {
    flag: '--inventory',
    env: 'WEZFLEET_INVENTORY',
    builtIn: undefined,
    kind: { type: 'inventory' },
    unset: './inventory.yaml, then ~/.config/wezfleet/inventory.yaml, else this machine',
    meaning: 'the inventory (a file or folder, or hosts written out: web1,web2); relative to the config file',
  },
  concurrency: {
    flag: '--concurrency',
    env: 'WEZFLEET_CONCURRENCY',
    builtIn: 50,
    kind: { type: 'count', min: 1 },
    meaning: 'hosts worked on at once',
  },
  timeout: {
    flag: '--timeout',
    env: 'WEZFLEET_TIMEOUT',
    builtIn: 30,
    kind: { type: 'count', min: 1 },
    meaning: 'deadline in seconds for each command on a host',
  },
  connect_timeout: {
    flag: '--connect-timeout',
    env: 'WEZFLEET_CONNECT_TIMEOUT',
    builtIn: undefined,
    kind: { type: 'count', min: 1 },
    meaning: 'deadline in seconds for connecting and logging in to a host',
    unset: "the host's ConnectTimeout, else 10",
    hostFirst: "the host's ConnectTimeout in ssh_config",
  },
  retries: {
    flag: '--retries',
    env: 'WEZFLEET_RETRIES',
    builtIn: 2,
    kind: { type: 'count', min: 0 },
    meaning: 'extra connection attempts after a transient network error',
  },
  host_key_policy: {
    flag: '--host-key-policy',
    env: 'WEZFLEET_HOST_KEY_POLICY',
    builtIn: 'strict',
    kind: { type: 'choice', values: HOST_KEY_POLICIES },
    meaning: 'strict: only known_hosts; accept-new: record unknown hosts; off: accept unknown hosts (a changed key always fails)',
  },
  log_level: {
    flag: '--log-level',
    env: 'WEZFLEET_LOG_LEVEL',
    builtIn: 'warn',
    kind: { type: 'choice', values: LOG_LEVELS },
    meaning: 'stderr log level',
  },
  transport: {
    flag: '--transport',
    env: 'WEZFLEET_TRANSPORT',
    builtIn: undefined,
    kind: { type: 'choice', values: TRANSPORTS },
    meaning: "ssh2 (built in), openssh (the system's ssh), auto: openssh only where ssh2 cannot serve the host",
    unset: "the host's in the inventory, else auto",
    hostFirst: "the host's transport in the inventory",
  },
  ssh_config: {
    flag: '--ssh-config',
    env: 'WEZFLEET_SSH_CONFIG',
    builtIn: undefined,
    kind: { type: 'path' },
    meaning: 'an ssh_config to use instead of ~/.ssh/config (like ssh -F); relative to the config file',
    unset: "the inventory's, else ~/.ssh/config",
    hostFirst: "the inventory's ssh_config",
  },
  keep_backups: {
    flag: '--keep-backups',
    env: 'WEZFLEET_KEEP_BACKUPS',
    builtIn: 10,
    kind: { type: 'count', min: 1 },
    meaning: 'backups kept beside each config',
  },
  color: {
    flag: '--no-color',
    builtIn: 'auto',
    kind: { type: 'choice', values: COLOR_MODES },
    meaning: 'auto: colour on a terminal; always; never (NO_COLOR and FORCE_COLOR beat it)',
  },
  agents: {
    flag: '--agent',
    builtIn: [],
    kind: { type: 'agents' },
    meaning: "what counts as an agent: NAME: REGEX matched against each pane process's command line (replaces the built-in ones)",
  },
};

export const SHARED_KEYS = Object.keys(SHARED_SPECS) as SharedKey[];
