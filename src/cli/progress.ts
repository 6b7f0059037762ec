import { isOk, type HostOutcome } from '../core/outcome.js';
import { prompting } from './prompt.js';

/** Seconds between progress lines without a terminal (WEZFLEET_PROGRESS_SECONDS changes it). */
function progressInterval(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.WEZFLEET_PROGRESS_SECONDS);
  return n > 0 ? n : 10;
}

/**
 * "12/40 done, 1 failed, 8 in flight" on stderr: on a terminal one line redrawn in place; without one
 * (cron, CI) a plain line every few seconds while the run lasts, so a long run is never silent.
 */
export class Progress {
  #total = 0;
  #done = 0;
  #failed = 0;
  #inFlight = 0;
  #started = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #tty: boolean;
  readonly #quiet: boolean;
  readonly intervalMs: number;

  constructor(
    readonly stream: NodeJS.WriteStream,
    total: number,
    o: { quiet?: boolean; intervalSeconds?: number } = {},
  ) {
    this.#tty = Boolean(stream.isTTY);
    this.#quiet = Boolean(o.quiet);
    this.#total = total;
    this.intervalMs = (o.intervalSeconds ?? progressInterval()) * 1000;
  }

  reset(total: number): void {
    this.#total = total;
    this.#done = this.#failed = this.#inFlight = 0;
    this.#started = Date.now();
    if (!this.#tty && !this.#quiet && total > 1 && !this.#timer) {
      this.#timer = setInterval(() => this.#line(), this.intervalMs);
      this.#timer.unref();
    }
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
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#tty && this.#total > 1) this.stream.write('\r\x1b[2K');
  }

  #text(): string {
    return `${this.#done}/${this.#total} done, ${this.#failed} failed, ${this.#inFlight} in flight`;
  }

  #line(): void {
    const seconds = Math.round((Date.now() - this.#started) / 1000);
    this.stream.write(`wezfleet: ${this.#text()} (${seconds}s)\n`);
  }

  #draw(): void {
    if (!this.#tty || this.#quiet || this.#total <= 1 || prompting.active) return;
    this.stream.write(`\r\x1b[2K${this.#text()}`);
  }
}
