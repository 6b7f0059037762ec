import { TransportError } from '../core/errors.js';
import type ssh2 from 'ssh2';
import { shQuote } from '../core/quote.js';
import type { SecretPrompt } from './credentials.js';
import { runChannel } from './run-channel.js';

/** The sudo password, asked at most once per run (on a terminal) and kept in memory only. */
export class SudoPassword {
  #answer: Promise<string | undefined> | undefined;
  constructor(readonly prompt: SecretPrompt) {}
  get(): Promise<string | undefined> {
    this.#answer ??= this.prompt('sudo password for the fleet:');
    return this.#answer;
  }
}

export interface SudoMode {
  /** Prefix for the command: `sudo ... --`. */
  prefix: string;
  /** Sent on stdin before the command's own input (sudo -S reads one line). */
  password?: string;
}

/**
 * How to run commands as root (or `user`) on this host: `sudo -n` when it needs no password; else
 * the run's one password on stdin with `-S -k` (-k so sudo always reads it, never leaving it for the
 * command). Passwords never go into argv.
 */
export async function probeSudo(
  client: ssh2.Client,
  host: string,
  user: string | undefined,
  password: SudoPassword,
  timeoutMs: number,
): Promise<SudoMode> {
  const as = `-H${user ? ` -u ${shQuote(user)}` : ''}`;
  const nopass = await runChannel(client, `sudo -n ${as} -- true`, Buffer.alloc(0), timeoutMs);
  if (nopass.code === 0) return { prefix: `sudo -n ${as} --` };
  if (!/password is required|terminal is required|askpass/i.test(nopass.stderr)) {
    throw new TransportError('sudo', `sudo does not work for this user on ${host}: ${nopass.stderr.trim() || `exit ${nopass.code}`}`);
  }
  const secret = await password.get();
  if (secret === undefined) {
    throw new TransportError(
      'sudo',
      `sudo on ${host} needs a password and there is no terminal to ask for it: allow NOPASSWD for this user, or run wezfleet from a terminal`,
    );
  }
  const prefix = `sudo -S -k -p '' ${as} --`;
  const check = await runChannel(client, `${prefix} true`, Buffer.from(`${secret}\n`), timeoutMs);
  if (check.code !== 0) throw new TransportError('sudo', `sudo on ${host} did not accept the password`);
  return { prefix, password: secret };
}
