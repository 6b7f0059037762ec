import { TransportError } from '../core/errors.js';
import { spawn } from 'node:child_process';
import { CutPolicy } from './cut-policy.js';
import { Deadline } from './deadline.js';
import { afterResume, SecondStepWatch } from './second-step.js';
import { type ExecRequest, type ExecResult, type Transport } from './transport.js';

export interface LocalTransportOptions {
  host?: string;
  /** Environment for the scripts; tests point HOME at a scratch directory. */
  env?: NodeJS.ProcessEnv;
}

/** This machine, through /bin/sh. Each command runs in its own process group so a deadline can end it all. */
export class LocalTransport implements Transport {
  readonly host: string;
  readonly #env: NodeJS.ProcessEnv;

  constructor(options: LocalTransportOptions = {}) {
    this.host = options.host ?? 'localhost';
    this.#env = options.env ?? process.env;
  }

  exec(req: ExecRequest): Promise<ExecResult> {
    if (req.sudo) {
      return Promise.reject(
        new TransportError('sudo', 'sudo is only supported for SSH hosts; run wezfleet as the user that owns the config'),
      );
    }
    if (req.signal?.aborted) return Promise.reject(new TransportError('aborted', 'cancelled before it started'));
    return new Promise((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', req.script, 'wezfleet', ...(req.args ?? [])], {
        env: this.#env,
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      let err = '';
      let failure: TransportError | undefined;
      const stop = (why: TransportError) => {
        failure ??= why;
        // Only the process group this call started.
        if (child.pid) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }
      };
      const deadline = new Deadline(stop, req.timeoutMs);
      const watch = req.secondStep && new SecondStepWatch(req.secondStep, out, deadline, (data) => failure || child.stdin.end(data ?? ''));
      const cut = new CutPolicy(req, out, stop, watch);
      const onAbort = () => cut.cancel();
      req.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (d: Buffer) => {
        out.push(d);
        watch?.feed();
        cut.fed(d);
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.stdin.on('error', () => {
        /* the script may exit without reading stdin */
      });
      child.on('error', (e) => stop(new TransportError('connect', `cannot start /bin/sh: ${e.message}`)));
      child.on('close', (code, signal) => {
        deadline.close();
        req.signal?.removeEventListener('abort', onAbort);
        if (failure) return reject(cut.withCut(failure));
        const result = { code, signal, stdout: Buffer.concat(out), stderr: err };
        afterResume(watch, result).then(resolve, reject);
      });
      if (watch) child.stdin.write(req.stdin ?? '');
      else child.stdin.end(req.stdin ?? '');
    });
  }

  async close(): Promise<void> {}
}
