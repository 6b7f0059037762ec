import { isOk, type HostOutcome } from '../host/outcome.js';
import { prompting } from './prompt.js';

/** "12/40 done, 1 failed, 8 in flight" on one stderr line, redrawn in place, only on a terminal. */
export class Progress {
  #total = 0;
  #done = 0;
  #failed = 0;
  #inFlight = 0;
  readonly #enabled: boolean;

  constructor(readonly stream: NodeJS.WriteStream, total: number) {
    this.#enabled = Boolean(stream.isTTY);
    this.#total = total;
  }

  reset(total: number): void {
    this.#total = total;
    this.#done = this.#failed = this.#inFlight = 0;
  }

  started(): void {
    this.#inFlight++;
    this.#draw();
  }

  done(o: HostOutcome<unknown>): void {
    this.#inFlight--;
    this.#done++;
    if (!isOk(o)) this.#failed++;
    this.#draw();
  }

  finish(): void {
    if (this.#enabled && this.#total > 1) this.stream.write('\r\x1b[2K');
  }

  #draw(): void {
    if (!this.#enabled || this.#total <= 1 || prompting.active) return;
    this.stream.write(`\r\x1b[2K${this.#done}/${this.#total} done, ${this.#failed} failed, ${this.#inFlight} in flight`);
  }
}
