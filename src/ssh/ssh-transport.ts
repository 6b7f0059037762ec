import { shCommand } from '../core/quote.js';
import type { ExecRequest, ExecResult, Transport } from '../transport/transport.js';
import type { SshConnection } from './connect.js';
import { runChannel } from './run-channel.js';
import { HostSudo, type SudoPassword } from './sudo.js';

/**
 * A host over SSH. Scripts run as `sh -c 'SCRIPT' wezfleet 'ARG'...` on an exec channel, every part
 * quoted; with sudo the same command is prefixed, after finding out once whether sudo needs a password.
 */
export class SshTransport implements Transport {
  readonly kind = 'ssh2';
  readonly #sudo: HostSudo;
  #open = true;

  constructor(
    readonly host: string,
    readonly connection: SshConnection,
    readonly sudo: { password: SudoPassword; user?: string },
  ) {
    connection.client.once('close', () => (this.#open = false));
    this.#sudo = new HostSudo(host, (command, stdin, timeoutMs) => runChannel(connection.client, command, stdin, timeoutMs), sudo);
  }

  get open(): boolean {
    return this.#open;
  }

  get notes(): string[] {
    return this.connection.notes;
  }

  async exec(req: ExecRequest): Promise<ExecResult> {
    const { command, stdin } = await this.#sudo.wrap(req, shCommand(req.script, req.args ?? []), Buffer.from(req.stdin ?? ''));
    return runChannel(this.connection.client, command, stdin, req.timeoutMs, req);
  }

  close(): Promise<void> {
    this.connection.client.end();
    for (const hop of this.connection.hops.reverse()) hop.end();
    return Promise.resolve();
  }
}
