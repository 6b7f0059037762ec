import type { Deadline } from './deadline.js';
import type { SecondStep, ExecResult } from './transport.js';

/**
 * Watches a two-step command's stdout for its marker and, once it shows, asks `resume` what to send:
 * the transports' one implementation of SecondStep. `feed` runs after every stdout chunk. Between the
 * marker and resume's answer no deadline runs: the client is planning, with deadlines of its own.
 */
export class SecondStepWatch {
  #scanned = 0;
  #resumed = false;
  #sent = false;
  /** Where the output after the marker starts, once it has shown. */
  markerEnd: number | undefined;
  #error: { e: unknown } | undefined;
  #pending: Promise<void> = Promise.resolve();

  constructor(
    readonly step: SecondStep,
    readonly out: Buffer[],
    readonly deadline: Deadline,
    /** Sends the rest of stdin (undefined: nothing) and closes it. */
    readonly end: (data: Buffer | undefined) => void,
  ) {}

  feed(): void {
    if (this.#resumed) return;
    const all = Buffer.concat(this.out);
    const at = all.indexOf(this.step.marker, Math.max(0, this.#scanned - this.step.marker.length));
    this.#scanned = all.length;
    if (at < 0) return;
    this.#resumed = true;
    this.markerEnd = at + this.step.marker.length;
    this.deadline.stop();
    const before = all.subarray(0, at);
    // Inside a promise, so that even a resume that throws at once fails this command, not the process.
    this.#pending = Promise.resolve()
      .then(() => this.step.resume(before))
      .then(
        (data) => {
          this.deadline.restart(this.step.timeoutMs, this.step.timeoutWhat);
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

/** A command's result, once its resume (for a two-step command) has settled too. */
export async function afterResume(watch: SecondStepWatch | undefined, result: ExecResult): Promise<ExecResult> {
  await watch?.settled();
  return result;
}
