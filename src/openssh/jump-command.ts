import { shQuote } from '../core/quote.js';

/** One ProxyJump hop as ssh would reach it, with the known_hosts files ssh_config gives that hop. */
export interface JumpHop {
  host: string;
  user?: string;
  port?: number;
  knownHostsFiles: readonly string[];
}

/** What every hop's ssh runs under: the run's config file, host-key policy, timeouts, no prompts. */
export interface HopOptions {
  configArgs: readonly string[];
  /** The host-key arguments for a hop with these known_hosts files (--host-key-policy). */
  hostKeyArgs(knownHostsFiles: readonly string[]): string[];
  connectTimeoutS: number;
  interactive: boolean;
}

/**
 * ProxyJump as a ProxyCommand wezfleet writes itself. `ssh -J` starts a jump's ssh with only -l, -p
 * and -F, so a jump host's key would be checked as ssh_config says for it, not under
 * --host-key-policy; here each hop's ssh gets the same policy. Built from the first hop outwards:
 * hop k's ssh reaches hop k+1 through a ProxyCommand that reaches hop k. Each nesting doubles its
 * `%`: the ssh that runs a ProxyCommand expands its tokens once, so `%%h` reaches the inner ssh as
 * `%h`, for that ssh to fill in with its own host.
 */
export function jumpProxyCommand(hops: readonly JumpHop[], o: HopOptions): string | undefined {
  let inner: string | undefined;
  for (const hop of hops) {
    const argv = [
      'ssh',
      ...o.configArgs,
      ...(inner === undefined ? [] : ['-o', `ProxyCommand=${inner.replace(/%/g, '%%')}`]),
      ...(hop.user ? ['-l', hop.user] : []),
      ...(hop.port ? ['-p', String(hop.port)] : []),
      ...o.hostKeyArgs(hop.knownHostsFiles),
      '-o',
      `BatchMode=${o.interactive ? 'no' : 'yes'}`,
      '-o',
      `ConnectTimeout=${o.connectTimeoutS}`,
      '-o',
      'ControlMaster=no',
      '-o',
      'ControlPath=none',
      '-T',
      '-W',
      '[%h]:%p',
      '--',
      hop.host,
    ];
    inner = argv.map(shQuote).join(' ');
  }
  return inner;
}
