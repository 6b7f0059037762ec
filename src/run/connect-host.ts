import { chooseTransport, needsOpenSsh, type TransportChoice } from '../openssh/choose-transport.js';
import { OpenSshTransport } from '../openssh/openssh-transport.js';
import { connectSsh, connectTimeoutMs, parseHop, type SshContext } from '../ssh/connect.js';
import type { JumpHop } from '../openssh/jump-command.js';
import { resolveSsh, type SshOverrides } from '../ssh/ssh-config.js';
import { SshTransport } from '../ssh/ssh-transport.js';
import type { SudoPassword } from '../ssh/sudo.js';
import { retryConnect } from '../transport/retry.js';
import type { Transport } from '../transport/transport.js';

/**
 * Reaches one inventory host over the transport asked for: ssh2 where it can serve (it is the
 * faster), the system's ssh where the resolved config needs what only ssh does, or as forced.
 */
export async function connectHost(
  name: string,
  address: string,
  overrides: SshOverrides,
  asked: TransportChoice,
  ctx: SshContext,
  sudo: { password: SudoPassword; user?: string },
  signal: AbortSignal,
): Promise<Transport> {
  const r = await resolveSsh(address, overrides, ctx.sshConfig);
  const reasons = asked === 'ssh2' ? [] : needsOpenSsh(r, ctx.knownHosts);
  if (chooseTransport(asked, reasons) === 'ssh2') return new SshTransport(name, await connectSsh(r, ctx, signal), sudo);
  const timeoutMs = connectTimeoutMs(r, ctx);
  const jumps = await resolveJumps(r.proxyJump, ctx);
  const transport = await retryConnect(
    () =>
      OpenSshTransport.connect(
        name,
        {
          target: { alias: address, overrides, ...(ctx.sshConfig.configFile ? { configFile: ctx.sshConfig.configFile } : {}) },
          where: `${r.user}@${r.hostname}:${r.port}`,
          options: {
            policy: ctx.policy,
            knownHostsFiles: r.userKnownHostsFiles,
            connectTimeoutS: Math.ceil(timeoutMs / 1000),
            keepaliveS: Math.ceil(ctx.keepaliveMs / 1000),
            jumps,
          },
          ...(ctx.interactive ? { prompt: ctx.keys.prompt } : {}),
          timeoutMs,
          signal,
        },
        sudo,
      ),
    {
      retries: ctx.retries,
      signal,
      ...(ctx.onRetry ? { onRetry: (attempt: number, of: number, err) => ctx.onRetry!(name, attempt, of, err) } : {}),
    },
  );
  if (reasons.length) transport.notes.push(`over the system's ssh for ${reasons.join(', ')}`);
  return transport;
}

/** Each ProxyJump hop with the known_hosts files ssh_config gives it, for its own host-key check. */
async function resolveJumps(hops: readonly string[], ctx: SshContext): Promise<JumpHop[]> {
  return Promise.all(
    hops.map(async (text) => {
      const hop = parseHop(text);
      const r = await resolveSsh(
        hop.host,
        { ...(hop.user ? { user: hop.user } : {}), ...(hop.port ? { port: hop.port } : {}) },
        ctx.sshConfig,
      );
      return { ...hop, knownHostsFiles: r.userKnownHostsFiles };
    }),
  );
}
