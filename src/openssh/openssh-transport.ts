import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shCommand } from '../core/quote.js';
import { HostSudo, type SudoPassword } from '../ssh/sudo.js';
import { runProcess } from '../transport/run-process.js';
import type { ExecRequest, ExecResult, Transport } from '../transport/transport.js';
import type { SecretPrompt } from '../ssh/credentials.js';
import { startAskpass } from './askpass.js';
import { startMaster, type Master } from './master.js';
import { checkArgs, commandArgs, masterArgs, type MasterOptions, type OpenSshTarget } from './ssh-args.js';
import { lostConnection } from './ssh-failure.js';

export interface OpenSshConnect {
  target: OpenSshTarget;
  /** `user@host:port` as resolved, for messages. */
  where: string;
  options: Omit<MasterOptions, 'socket' | 'runKnownHosts' | 'interactive'>;
  /** Where ssh may ask for a password or passphrase; undefined: never ask (BatchMode). */
  prompt?: SecretPrompt;
  timeoutMs: number;
  signal: AbortSignal;
}

/**
 * A host through the system's own ssh: one control master for the run, every command a `ssh -S`
 * through it. ssh does what ssh2 cannot (ProxyCommand, certificates, @cert-authority, GSSAPI,
 * PKCS#11 and FIDO keys) and verifies the host key itself, under the run's --host-key-policy.
 */
export class OpenSshTransport implements Transport {
  readonly kind = 'openssh';
  readonly notes: string[] = [];
  readonly #sudo: HostSudo;

  private constructor(
    readonly host: string,
    readonly target: OpenSshTarget,
    readonly master: Master,
    readonly dir: string,
    sudo: { password: SudoPassword; user?: string },
  ) {
    this.#sudo = new HostSudo(host, (command, stdin, timeoutMs) => this.#run(command, { stdin, timeoutMs }), sudo);
  }

  /** Connects (a private folder for the socket and this run's known_hosts), once. */
  static async connect(host: string, c: OpenSshConnect, sudo: { password: SudoPassword; user?: string }): Promise<OpenSshTransport> {
    // Short: a unix socket's path has at most 107 bytes.
    const dir = await mkdtemp(join(tmpdir(), 'wf-'));
    const socket = join(dir, 's');
    const askpass = c.prompt && (await startAskpass(dir, host, c.prompt));
    try {
      const master = await startMaster({
        argv: masterArgs(c.target, { ...c.options, socket, runKnownHosts: join(dir, 'known_hosts'), interactive: Boolean(askpass) }),
        ...(askpass ? { env: askpass.env } : {}),
        socket,
        checkArgv: checkArgs(c.target, socket),
        where: c.where,
        timeoutMs: c.timeoutMs,
        signal: c.signal,
      });
      return new OpenSshTransport(host, c.target, master, dir, sudo);
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    } finally {
      await askpass?.close();
    }
  }

  get open(): boolean {
    return this.master.alive;
  }

  async exec(req: ExecRequest): Promise<ExecResult> {
    const { command, stdin } = await this.#sudo.wrap(req, shCommand(req.script, req.args ?? []), Buffer.from(req.stdin ?? ''));
    return this.#run(command, { ...req, stdin });
  }

  #run(command: string, req: Omit<ExecRequest, 'script' | 'args' | 'sudo'>): Promise<ExecResult> {
    return runProcess('ssh', commandArgs(this.target, this.master.socket, command), req, {
      what: 'ssh',
      lost: (r) => (r.code === 255 ? lostConnection(r.stderr, this.master.alive) : undefined),
    });
  }

  async close(): Promise<void> {
    await this.master.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}
