import { shCommand } from '../core/quote.js';
import type { ExecRequest, ExecResult, Transport } from '../transport/transport.js';
import type { SshConnection } from './connect.js';
import { runChannel } from './run-channel.js';
import { probeSudo, type SudoMode, type SudoPassword } from './sudo.js';

/**
 * A host over SSH. Scripts run as `sh -c 'SCRIPT' wezfleet 'ARG'...` on an exec channel, every part
 * quoted; with sudo the same command is prefixed, after finding out once whether sudo needs a password.
 */
export class SshTransport implements Transport {
  /** How sudo works here, found out once per user to become ('' for root). */
  readonly #sudo = new Map<string, Promise<SudoMode>>();
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
      const user = req.sudo === 'root' ? undefined : this.sudo.user;
      let probed = this.#sudo.get(user ?? '');
      if (!probed) {
        probed = probeSudo(this.connection.client, this.host, user, this.sudo.password, req.timeoutMs);
        this.#sudo.set(user ?? '', probed);
      }
      const mode = await probed;
      command = `${mode.prefix} ${command}`;
      if (mode.password !== undefined) stdin = Buffer.concat([Buffer.from(`${mode.password}\n`), stdin]);
    }
    return runChannel(this.connection.client, command, stdin, req.timeoutMs, req);
  }

  close(): Promise<void> {
    this.connection.client.end();
    for (const hop of this.connection.hops.reverse()) hop.end();
    return Promise.resolve();
  }
}
