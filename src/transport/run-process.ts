import { spawn } from 'node:child_process';
import { TransportError } from '../core/errors.js';
import { CutPolicy } from './cut-policy.js';
import { Deadline } from './deadline.js';
import { afterResume, SecondStepWatch } from './second-step.js';
import type { ExecRequest, ExecResult } from './transport.js';

export interface ProcessOptions {
  env?: NodeJS.ProcessEnv;
  /** What the program is, for the message when it cannot start ("/bin/sh", "ssh"). */
  what: string;
  /** A finished command that is really a lost connection (ssh's exit 255): its failure. */
  lost?: (result: ExecResult) => TransportError | undefined;
}

/**
 * One command as a local process (sh itself, or ssh running it on a host), with the transports'
 * rules: stdout as bytes, stderr as text, stdin sent and closed (kept open for a second step), the
 * deadline and the cut policy. It runs in its own process group, so a deadline ends all it started
 * and nothing else.
 */
export function runProcess(
  program: string,
  argv: readonly string[],
  req: Omit<ExecRequest, 'script' | 'args' | 'sudo'>,
  o: ProcessOptions,
): Promise<ExecResult> {
  if (req.signal?.aborted) return Promise.reject(new TransportError('aborted', 'cancelled before it started'));
  return new Promise((resolve, reject) => {
    const child = spawn(program, argv, { env: o.env ?? process.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    let failure: TransportError | undefined;
    const stop = (why: TransportError) => {
      failure ??= why;
      if (!child.pid) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
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
      /* the command may exit without reading stdin */
    });
    child.on('error', (e) => stop(new TransportError('connect', `cannot start ${o.what}: ${e.message}`)));
    child.on('close', (code, signal) => {
      deadline.close();
      req.signal?.removeEventListener('abort', onAbort);
      const result = { code, signal, stdout: Buffer.concat(out), stderr: err };
      failure ??= o.lost?.(result);
      if (failure) return reject(cut.withCut(failure));
      afterResume(watch, result).then(resolve, reject);
    });
    if (watch) child.stdin.write(req.stdin ?? '');
    else child.stdin.end(req.stdin ?? '');
  });
}
