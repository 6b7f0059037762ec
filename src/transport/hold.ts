import { TransportError } from '../errors.js';
import type { ExecHold, ExecRequest, ExecResult } from './transport.js';

/**
 * A command's deadline, which fails it with "timed out after Ns". A held command stops it at its
 * marker and starts it again for its second step; once the command is over, it never starts again.
 */
export class Deadline {
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(
    readonly expire: (why: TransportError) => void,
    ms: number,
  ) {
    this.restart(ms);
  }

  /** `what`: what the time was for, where it adds up from parts ("3 s for the write, 10 s for the reload"). */
  restart(ms: number, what?: string): void {
    this.stop();
    if (this.#closed) return;
    const message = `timed out after ${ms / 1000}s${what ? ` (${what})` : ''}`;
    this.#timer = setTimeout(() => this.expire(new TransportError('timeout', message)), ms);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  /** The command is over. */
  close(): void {
    this.#closed = true;
    this.stop();
  }
}

/**
 * Watches a held command's stdout for its marker and, once it shows, asks `resume` what to send:
 * the transports' one implementation of ExecHold. `feed` runs after every stdout chunk. Between the
 * marker and resume's answer no deadline runs: the client is planning, with deadlines of its own.
 */
export class HoldWatch {
  #scanned = 0;
  #resumed = false;
  #sent = false;
  /** Where the output after the marker starts, once it has shown. */
  markerEnd: number | undefined;
  #error: { e: unknown } | undefined;
  #pending: Promise<void> = Promise.resolve();

  constructor(
    readonly hold: ExecHold,
    readonly out: Buffer[],
    readonly deadline: Deadline,
    /** Sends the rest of stdin (undefined: nothing) and closes it. */
    readonly end: (data: Buffer | undefined) => void,
  ) {}

  feed(): void {
    if (this.#resumed) return;
    const all = Buffer.concat(this.out);
    const at = all.indexOf(this.hold.marker, Math.max(0, this.#scanned - this.hold.marker.length));
    this.#scanned = all.length;
    if (at < 0) return;
    this.#resumed = true;
    this.markerEnd = at + this.hold.marker.length;
    this.deadline.stop();
    const before = all.subarray(0, at);
    // Inside a promise, so that even a resume that throws at once fails this command, not the process.
    this.#pending = Promise.resolve()
      .then(() => this.hold.resume(before))
      .then(
        (data) => {
          this.deadline.restart(this.hold.timeoutMs, this.hold.timeoutWhat);
          this.#sent = data !== undefined;
          this.end(data);
        },
        (e: unknown) => {
          this.#error = { e };
          this.end(undefined);
        },
      );
  }

  /** The second step was sent: from here the command may change the host. */
  get sent(): boolean {
    return this.#sent;
  }

  /** Once the command has ended: waits for the resume (its answer may come after a script that died), and throws its error. */
  async settled(): Promise<void> {
    await this.#pending;
    if (this.#error) throw this.#error.e;
  }
}

/** A command's result, once its resume (if it was held) has settled too. */
export async function afterResume(watch: HoldWatch | undefined, result: ExecResult): Promise<ExecResult> {
  await watch?.settled();
  return result;
}

/**
 * When a running command may be cut, for both transports. A cancel cuts it at once, unless it
 * changes the host (ExecRequest.effect) and everything it needs was sent: then it runs on until its
 * commit marker shows, or it ends, within its deadline. Every cut carries what it had printed.
 */
/** What a command may print before it is stopped: a host sends configs, modules and logs, each capped there too. */
export const MAX_OUTPUT_BYTES = 32 * 2 ** 20;

export class CutPolicy {
  #draining = false;
  #bytes = 0;

  constructor(
    readonly req: Pick<ExecRequest, 'effect'>,
    readonly out: Buffer[],
    readonly stop: (why: TransportError) => void,
    public watch?: HoldWatch,
  ) {}

  /** Everything the command needs has been sent (a held one's second step, once resume answered). */
  get sent(): boolean {
    return this.watch ? this.watch.sent : true;
  }

  cancel(): void {
    if (this.req.effect && this.sent) {
      this.#draining = true;
      this.fed();
    } else this.stop(new TransportError('aborted', 'cancelled'));
  }

  /** After each chunk of stdout: a cancelled change stops once it says it is made; output past the cap stops it. */
  fed(chunk?: Buffer): void {
    this.#bytes += chunk?.length ?? 0;
    if (this.#bytes > MAX_OUTPUT_BYTES) {
      this.stop(new TransportError('output', `its output passed ${MAX_OUTPUT_BYTES / 2 ** 20} MiB; stopped`));
      return;
    }
    const commit = this.req.effect?.commit;
    if (!this.#draining || !commit) return;
    // From the marker's own last byte: a commit marker may start with the NUL that ends it.
    if (Buffer.concat(this.out).indexOf(commit, Math.max(0, (this.watch?.markerEnd ?? 0) - 1)) >= 0) {
      this.stop(new TransportError('aborted', 'cancelled after the change was made'));
    }
  }

  /** The failure, with what the command had printed and whether it had been given everything. */
  withCut(err: TransportError): TransportError {
    err.cut ??= { stdout: Buffer.concat(this.out), sent: this.sent };
    return err;
  }
}
