import { TransportError } from '../core/errors.js';

/**
 * A command's deadline, which fails it with "timed out after Ns". A two-step command stops it at its
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
