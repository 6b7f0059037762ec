import { TransportError } from '../core/errors.js';
import { shQuote } from '../core/quote.js';
import type { ExecRequest, ExecResult } from '../transport/transport.js';
import type { SecretPrompt } from './credentials.js';

/** Runs one shell command line on the host (either transport's own way). */
export type RunCommand = (command: string, stdin: Buffer, timeoutMs: number) => Promise<ExecResult>;

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
async function probeSudo(
  run: RunCommand,
  host: string,
  user: string | undefined,
  password: SudoPassword,
  timeoutMs: number,
): Promise<SudoMode> {
  const as = `-H${user ? ` -u ${shQuote(user)}` : ''}`;
  const nopass = await run(`sudo -n ${as} -- true`, Buffer.alloc(0), timeoutMs);
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
  const check = await run(`${prefix} true`, Buffer.from(`${secret}\n`), timeoutMs);
  if (check.code !== 0) throw new TransportError('sudo', `sudo on ${host} did not accept the password`);
  return { prefix, password: secret };
}

/** A host's sudo for a run: how it works found out once per user to become ('' for root). */
export class HostSudo {
  readonly #modes = new Map<string, Promise<SudoMode>>();

  constructor(
    readonly host: string,
    readonly run: RunCommand,
    readonly sudo: { password: SudoPassword; user?: string },
  ) {}

  /** The command line and stdin that run `command` as the request asks (unchanged without sudo). */
  async wrap(req: Pick<ExecRequest, 'sudo' | 'timeoutMs'>, command: string, stdin: Buffer): Promise<{ command: string; stdin: Buffer }> {
    if (!req.sudo) return { command, stdin };
    const user = req.sudo === 'root' ? undefined : this.sudo.user;
    let probed = this.#modes.get(user ?? '');
    if (!probed) {
      probed = probeSudo(this.run, this.host, user, this.sudo.password, req.timeoutMs);
      this.#modes.set(user ?? '', probed);
    }
    const mode = await probed;
    return {
      command: `${mode.prefix} ${command}`,
      stdin: mode.password === undefined ? stdin : Buffer.concat([Buffer.from(`${mode.password}\n`), stdin]),
    };
  }
}
