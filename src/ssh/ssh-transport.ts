import { shCommand } from '../remote/quote.js';
import type { ExecRequest, ExecResult, Transport } from '../transport/transport.js';
import type { SshConnection } from './connect.js';
import { runChannel } from './run-channel.js';
import { probeSudo, type SudoMode, type SudoPassword } from './sudo.js';

/**
 * A host over SSH. Scripts run as `sh -c 'SCRIPT' wezfleet 'ARG'...` on an exec channel, every part
 * quoted; with sudo the same command is prefixed, after finding out once whether sudo needs a password.
 */
export class SshTransport implements Transport {
  #sudo: Promise<SudoMode> | undefined;
  #open = true;

  constructor(
    readonly host: string,
    readonly connection: SshConnection,
    readonly sudo: { password: SudoPassword; user?: string },
  ) {
    connection.client.once('close', () => (this.#open = false));
  }

  get open(): boolean {
    return this.#open;
  }

  get notes(): string[] {
    return this.connection.notes;
  }

  async exec(req: ExecRequest): Promise<ExecResult> {
    let command = shCommand(req.script, req.args ?? []);
    let stdin = Buffer.from(req.stdin ?? '');
    if (req.sudo) {
      this.#sudo ??= probeSudo(this.connection.client, this.host, this.sudo.user, this.sudo.password, req.timeoutMs);
      const mode = await this.#sudo;
      command = `${mode.prefix} ${command}`;
      if (mode.password !== undefined) stdin = Buffer.concat([Buffer.from(`${mode.password}\n`), stdin]);
    }
    return runChannel(this.connection.client, command, stdin, req.timeoutMs, req.signal);
  }

  async close(): Promise<void> {
    this.connection.client.end();
    for (const hop of this.connection.hops.reverse()) hop.end();
  }
}
