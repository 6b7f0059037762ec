import { TransportError } from '../core/errors.js';
import type { SecondStepWatch } from './second-step.js';
import type { ExecRequest } from './transport.js';

/** What a command may print before it is stopped: a host sends configs, modules and logs, each capped there too. */
const MAX_OUTPUT_BYTES = 32 * 2 ** 20;

/**
 * When a running command may be cut, for both transports. A cancel cuts it at once, unless it
 * changes the host (ExecRequest.effect) and everything it needs was sent: then it runs on until its
 * commit marker shows, or it ends, within its deadline. Every cut carries what it had printed.
 */
export class CutPolicy {
  #draining = false;
  #bytes = 0;

  constructor(
    readonly req: Pick<ExecRequest, 'effect'>,
    readonly out: Buffer[],
    readonly stop: (why: TransportError) => void,
    public watch?: SecondStepWatch,
  ) {}

  /** Everything the command needs has been sent (a two-step one's second step, once resume answered). */
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
