import type { ExecHold } from './transport.js';

/**
 * Watches a held command's stdout for its marker and, once it shows, asks `resume` what to send:
 * the transports' one implementation of ExecHold. `feed` runs after every stdout chunk. Between the
 * marker and resume's answer no deadline runs: the client is planning, with deadlines of its own.
 */
export class HoldWatch {
  #scanned = 0;
  #resumed = false;
  #error: { e: unknown } | undefined;
  #pending: Promise<void> = Promise.resolve();

  constructor(
    readonly hold: ExecHold,
    readonly out: Buffer[],
    /** Sends the rest of stdin (undefined: nothing) and closes it, restarting the deadline at `timeoutMs` when `restart`. */
    readonly send: (data: Buffer | undefined, restart: boolean) => void,
  ) {}

  /** True when this chunk completed the marker: the first step is over, and so is its deadline. */
  feed(): boolean {
    if (this.#resumed) return false;
    const all = Buffer.concat(this.out);
    const at = all.indexOf(this.hold.marker, Math.max(0, this.#scanned - this.hold.marker.length));
    this.#scanned = all.length;
    if (at < 0) return false;
    this.#resumed = true;
    const before = all.subarray(0, at);
    // Inside a promise, so that even a resume that throws at once fails this command, not the process.
    this.#pending = Promise.resolve()
      .then(() => this.hold.resume(before))
      .then(
        (data) => this.send(data, true),
        (e: unknown) => {
          this.#error = { e };
          this.send(undefined, false);
        },
      );
    return true;
  }

  /** Once the command has ended: waits for the resume (its answer may come after a script that died), and throws its error. */
  async settled(): Promise<void> {
    await this.#pending;
    if (this.#error) throw this.#error.e;
  }
}
