import { TransportError } from '../errors.js';
import type ssh2 from 'ssh2';
import { HoldWatch } from '../transport/hold.js';
import { type ExecHold, type ExecResult } from '../transport/transport.js';

/**
 * One command on an SSH connection: stdin sent and closed (held open for a second step with `hold`),
 * stdout collected as bytes, stderr as text.
 * The deadline and the abort signal both end the channel; a dropped connection ends it as
 * `disconnected`. Neither stdin nor the command ever appears in an error message.
 */
export function runChannel(
  client: ssh2.Client,
  command: string,
  stdin: Buffer,
  timeoutMs: number,
  signal?: AbortSignal,
  hold?: ExecHold,
): Promise<ExecResult> {
  if (signal?.aborted) return Promise.reject(new TransportError('aborted', 'cancelled before it started'));
  return new Promise((resolve, reject) => {
    let settled = false;
    let stream: ssh2.ClientChannel | undefined;
    const out: Buffer[] = [];
    let err = '';
    let code: number | null = null;
    let exitSignal: string | null = null;
    let exited = false;
    let watch: HoldWatch | undefined;
    const finish = (failure?: TransportError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      client.removeListener('close', onClientClose);
      if (failure) {
        try {
          stream?.signal('KILL');
        } catch {
          /* the server may not support signals */
        }
        stream?.close();
        reject(failure);
      } else {
        const result = { code, signal: exitSignal, stdout: Buffer.concat(out), stderr: err };
        if (watch) watch.settled().then(() => resolve(result), reject);
        else resolve(result);
      }
    };
    const deadline = (ms: number) => setTimeout(() => finish(new TransportError('timeout', `timed out after ${ms / 1000}s`)), ms);
    let timer = deadline(timeoutMs);
    const onAbort = () => finish(new TransportError('aborted', 'cancelled'));
    const onClientClose = () => finish(new TransportError('disconnected', 'the connection closed while a command was running'));
    signal?.addEventListener('abort', onAbort, { once: true });
    client.once('close', onClientClose);
    client.exec(command, (e, ch) => {
      if (e) return finish(new TransportError('disconnected', `cannot start a command: ${e.message}`));
      stream = ch;
      if (hold) {
        watch = new HoldWatch(hold, out, (data, restart) => {
          if (settled) return;
          if (restart) {
            clearTimeout(timer);
            timer = deadline(hold.timeoutMs);
          }
          ch.end(data);
        });
      }
      ch.on('data', (d: Buffer) => {
        out.push(d);
        if (watch?.feed()) clearTimeout(timer);
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
      if (hold) ch.write(stdin);
      else ch.end(stdin);
    });
  });
}
