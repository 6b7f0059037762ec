import { isOk, type HostOutcome } from '../core/outcome.js';
import { prompting } from './prompt.js';

/** Seconds between progress lines without a terminal (WEZFLEET_PROGRESS_SECONDS changes it). */
function progressInterval(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.WEZFLEET_PROGRESS_SECONDS);
  return n > 0 ? n : 10;
}

/** Hosts named as the ones being waited on: the longest in flight, as many as fit. */
const SLOWEST_SHOWN = 3;
/** A host in flight for less than this is not worth naming: most finish within it. */
const NAME_AFTER_MS = 2000;

type Clock = () => number;

/**
 * "12/40 done, 1 failed, 8 in flight; waiting on gpu-17 (12 s), gpu-40 (9 s)" on stderr: on a
 * terminal one line redrawn in place (every second, cut to the terminal's width); without one (cron,
 * CI) a plain line every few seconds while the run lasts, so a long run is never silent and the
 * host that holds it up is named.
 */
export class Progress {
  #total = 0;
  #done = 0;
  #failed = 0;
  /** Host -> when it started; a Map keeps insertion order, so the first entries waited longest. */
  readonly #inFlight = new Map<string, number>();
  #started = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #tty: boolean;
  readonly #quiet: boolean;
  readonly #now: Clock;
  readonly intervalMs: number;

  constructor(
    readonly stream: NodeJS.WriteStream,
    total: number,
    o: { quiet?: boolean; intervalSeconds?: number; now?: Clock } = {},
  ) {
    this.#tty = Boolean(stream.isTTY);
    this.#quiet = Boolean(o.quiet);
    this.#total = total;
    this.#now = o.now ?? Date.now;
    this.intervalMs = (o.intervalSeconds ?? progressInterval()) * 1000;
  }

  reset(total: number): void {
    this.#total = total;
    this.#done = this.#failed = 0;
    this.#inFlight.clear();
    this.#started = this.#now();
    if (!this.#quiet && total > 1 && !this.#timer) {
      // On a terminal the line is redrawn each second so the waits named in it stay true.
      this.#timer = setInterval(() => (this.#tty ? this.#draw() : this.#line()), this.#tty ? 1000 : this.intervalMs);
      this.#timer.unref();
    }
  }

  started(host: string): void {
    this.#inFlight.set(host, this.#now());
    this.#draw();
  }

  done(o: HostOutcome<unknown>): void {
    this.#inFlight.delete(o.host);
    this.#done++;
    if (!isOk(o)) this.#failed++;
    this.#draw();
  }

  finish(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#tty && this.#total > 1) this.stream.write('\r\x1b[2K');
  }

  /** The progress text as it stands now. */
  text(): string {
    const now = this.#now();
    const waiting: string[] = [];
    for (const [host, since] of this.#inFlight) {
      if (waiting.length === SLOWEST_SHOWN || now - since < NAME_AFTER_MS) break;
      waiting.push(`${host} (${Math.floor((now - since) / 1000)} s)`);
    }
    const base = `${this.#done}/${this.#total} done, ${this.#failed} failed, ${this.#inFlight.size} in flight`;
    return waiting.length ? `${base}; waiting on ${waiting.join(', ')}` : base;
  }

  #line(): void {
    const seconds = Math.round((this.#now() - this.#started) / 1000);
    this.stream.write(`wezfleet: ${this.text()} (${seconds}s)\n`);
  }

  #draw(): void {
    if (!this.#tty || this.#quiet || this.#total <= 1 || prompting.active) return;
    const text = this.text();
    const width = this.stream.columns || 80;
    // A line longer than the terminal wraps, and \r would then redraw only its last part.
    this.stream.write(`\r\x1b[2K${text.length < width ? text : `${text.slice(0, width - 2)}…`}`);
  }
}
