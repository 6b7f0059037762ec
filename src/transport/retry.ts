import { setTimeout as sleep } from 'node:timers/promises';
import { TransportError } from '../core/errors.js';

export interface RetryOptions {
  /** Extra attempts after a transient network error (never after an auth or host-key failure). */
  retries: number;
  signal: AbortSignal;
  /** Told before each retry, so that a host being retried is not silent. */
  onRetry?: (attempt: number, of: number, err: TransportError) => void;
}

/**
 * Connects, retrying transient network errors a bounded number of times with jittered backoff. The
 * final message says the whole cost: every try, and the time they took with the waits between.
 */
export async function retryConnect<T>(connect: () => Promise<T>, o: RetryOptions): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await connect();
    } catch (err) {
      if (!(err instanceof TransportError) || !err.transient || attempt >= o.retries || o.signal.aborted) {
        if (attempt > 0 && err instanceof TransportError) {
          const total = new TransportError(
            err.kind,
            `${err.message} (${attempt + 1} tries, ${((Date.now() - started) / 1000).toFixed(1)} s in all)`,
            err.transient,
          );
          if (err.cut) total.cut = err.cut;
          throw total;
        }
        throw err;
      }
      o.onRetry?.(attempt + 1, o.retries + 1, err);
      const base = 250 * 2 ** attempt;
      await sleep(base / 2 + Math.random() * base, undefined, { signal: o.signal }).catch(() => undefined);
    }
  }
}
