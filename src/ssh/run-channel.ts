import { TransportError } from '../core/errors.js';
import type ssh2 from 'ssh2';
import { CutPolicy } from '../transport/cut-policy.js';
import { Deadline } from '../transport/deadline.js';
import { afterResume, SecondStepWatch } from '../transport/second-step.js';
import { type ExecRequest, type ExecResult } from '../transport/transport.js';

/**
 * One command on an SSH connection: stdin sent and closed (kept open for a second step with `secondStep`),
 * stdout collected as bytes, stderr as text.
 * The deadline and the abort signal both end the channel; a dropped connection ends it as
 * `disconnected`. Neither stdin nor the command ever appears in an error message.
 */
export function runChannel(
  client: ssh2.Client,
  command: string,
  stdin: Buffer,
  timeoutMs: number,
  o: Pick<ExecRequest, 'signal' | 'secondStep' | 'effect'> = {},
): Promise<ExecResult> {
  const { signal, secondStep } = o;
  if (signal?.aborted) return Promise.reject(new TransportError('aborted', 'cancelled before it started'));
  return new Promise((resolve, reject) => {
    let settled = false;
    let stream: ssh2.ClientChannel | undefined;
    const out: Buffer[] = [];
    let err = '';
    let code: number | null = null;
    let exitSignal: string | null = null;
    let exited = false;
    const finish = (failure?: TransportError) => {
      if (settled) return;
      settled = true;
      deadline.close();
      signal?.removeEventListener('abort', onAbort);
      client.removeListener('close', onClientClose);
      if (failure) {
        try {
          stream?.signal('KILL');
        } catch {
          /* the server may not support signals */
        }
        stream?.close();
        reject(cut.withCut(failure));
      } else {
        afterResume(cut.watch, { code, signal: exitSignal, stdout: Buffer.concat(out), stderr: err }).then(resolve, reject);
      }
    };
    const deadline = new Deadline(finish, timeoutMs);
    const cut = new CutPolicy(o, out, finish);
    const onAbort = () => cut.cancel();
    const onClientClose = () => finish(new TransportError('disconnected', 'the connection closed while a command was running'));
    signal?.addEventListener('abort', onAbort, { once: true });
    client.once('close', onClientClose);
    client.exec(command, (e, ch) => {
      if (e) return finish(new TransportError('disconnected', `cannot start a command: ${e.message}`));
      stream = ch;
      if (secondStep) cut.watch = new SecondStepWatch(secondStep, out, deadline, (data) => settled || ch.end(data));
      ch.on('data', (d: Buffer) => {
        out.push(d);
        cut.watch?.feed();
        cut.fed(d);
      });
      ch.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      ch.on('exit', (c: number | null, s?: string) => {
        exited = true;
        code = c ?? null;
        exitSignal = s ?? null;
      });
      ch.on('close', () =>
        exited ? finish() : finish(new TransportError('disconnected', 'the command ended without an exit status (connection lost?)')),
      );
      if (secondStep) ch.write(stdin);
      else ch.end(stdin);
    });
  });
}
