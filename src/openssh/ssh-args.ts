import type { HostKeyPolicy } from '../ssh/host-key-policy.js';
import type { SshOverrides } from '../ssh/ssh-config.js';
import { jumpProxyCommand, type JumpHop } from './jump-command.js';

/** One host as the system's ssh is to reach it: its name for ssh, what the inventory sets, which ssh_config. */
export interface OpenSshTarget {
  alias: string;
  overrides: SshOverrides;
  configFile?: string;
}

export interface MasterOptions {
  socket: string;
  policy: HostKeyPolicy;
  /** ssh_config's UserKnownHostsFile for the host: checked, and never written under --host-key-policy off. */
  knownHostsFiles: readonly string[];
  /** For --host-key-policy off: a file of this run's own that takes the new keys instead. */
  runKnownHosts: string;
  connectTimeoutS: number;
  keepaliveS: number;
  /** ssh may ask (through wezfleet's prompt, SSH_ASKPASS): a password, a passphrase. False: BatchMode. */
  interactive: boolean;
  /** The resolved ProxyJump hops, first to last: reached under the same policy (jump-command.ts). */
  jumps?: readonly JumpHop[];
}

/** A path for ssh's own option parser: double quotes where it holds a space (ssh's argv_split). */
function sshWord(path: string): string {
  return /[\s"]/.test(path) ? `"${path.replace(/["\\]/g, '\\$&')}"` : path;
}

function configArgs(t: OpenSshTarget): string[] {
  return t.configFile ? ['-F', t.configFile] : [];
}

/**
 * `-F`, and the inventory's values as ssh's own flags, which win over ssh_config as they do for ssh.
 * Jumps become a ProxyCommand on the command line, which wins over any ProxyJump in ssh_config.
 */
function targetArgs(t: OpenSshTarget, o: MasterOptions): string[] {
  const args = configArgs(t);
  if (t.overrides.user) args.push('-l', t.overrides.user);
  if (t.overrides.port) args.push('-p', String(t.overrides.port));
  if (t.overrides.identityFile) args.push('-o', `IdentityFile=${sshWord(t.overrides.identityFile)}`);
  const proxy = jumpProxyCommand(o.jumps ?? [], {
    configArgs: configArgs(t),
    hostKeyArgs: (knownHostsFiles) => hostKeyArgs({ ...o, knownHostsFiles }),
    connectTimeoutS: o.connectTimeoutS,
    interactive: o.interactive,
  });
  if (proxy) args.push('-o', `ProxyCommand=${proxy}`);
  else if (t.overrides.proxyJump) args.push('-J', t.overrides.proxyJump);
  return args;
}

/**
 * --host-key-policy in OpenSSH's words. `off` (accept an unknown key for this run only, still refuse
 * a changed one) is accept-new with this run's own file first: ssh records new keys in the first
 * UserKnownHostsFile and checks them all.
 */
export function hostKeyArgs(o: Pick<MasterOptions, 'policy' | 'knownHostsFiles' | 'runKnownHosts'>): string[] {
  if (o.policy === 'strict') return ['-o', 'StrictHostKeyChecking=yes'];
  if (o.policy === 'accept-new') return ['-o', 'StrictHostKeyChecking=accept-new'];
  const files = [o.runKnownHosts, ...o.knownHostsFiles].map(sshWord).join(' ');
  return ['-o', 'StrictHostKeyChecking=accept-new', '-o', `UserKnownHostsFile=${files}`];
}

/**
 * The connection for the run: a control master in the foreground (its pid is ours), no command, no
 * terminal; it asks only through wezfleet's prompt, when there is a terminal to ask on. `--` so that
 * a hostile alias can never become an option.
 */
export function masterArgs(t: OpenSshTarget, o: MasterOptions): string[] {
  return [
    ...targetArgs(t, o),
    '-M',
    '-S',
    o.socket,
    '-o',
    'ControlPersist=no',
    '-o',
    `BatchMode=${o.interactive ? 'no' : 'yes'}`,
    '-o',
    `ConnectTimeout=${o.connectTimeoutS}`,
    '-o',
    `ServerAliveInterval=${o.keepaliveS}`,
    ...hostKeyArgs(o),
    '-N',
    '-T',
    '--',
    t.alias,
  ];
}

/**
 * One command through the master. Should the master be gone, ssh would fall back to a connection
 * of its own: a ProxyCommand that fails at once forbids that, so a lost master is a lost connection.
 */
export function commandArgs(t: OpenSshTarget, socket: string, command: string): string[] {
  return [
    ...configArgs(t),
    '-S',
    socket,
    '-o',
    'ControlMaster=no',
    '-o',
    'ProxyCommand=false',
    '-o',
    'BatchMode=yes',
    '-T',
    '--',
    t.alias,
    command,
  ];
}

/** Asks the master whether it is ready (a local request on its socket, no network). */
export function checkArgs(t: OpenSshTarget, socket: string): string[] {
  return [...configArgs(t), '-S', socket, '-O', 'check', '--', t.alias];
}
