import pMap from 'p-map';
import { HostStepError, Refusal, TransportError, UnknownOutcome, UnusableHost, errorMessage } from '../core/errors.js';
import type { HostSpec } from '../core/host-spec.js';
import { type HostOutcome, type OkStatus } from '../core/outcome.js';
import { type Transport } from '../transport/transport.js';

export interface Target {
  spec: HostSpec;
  /** Opens the host's transport; a failure here makes the host `unreachable` (`failed` for UnusableHost). */
  connect(signal: AbortSignal): Promise<Transport>;
}

export type HostTask<D> = (t: Transport, spec: HostSpec) => Promise<{ status: OkStatus; detail: D }>;

export interface RunHostsOptions {
  concurrency: number;
  signal: AbortSignal;
  /** Hosts per batch: a batch starts only when the one before has finished. */
  batchSize?: number;
  /** Stop starting hosts once more than this many have failed. */
  maxFailures?: number;
  onStart?(host: string): void;
  onDone?(outcome: HostOutcome<unknown>): void;
  onUnexpected?(host: string, err: unknown): void;
}

/** Turns whatever a host task threw into that host's outcome: nothing escapes to the other hosts. */
export function outcomeFromError<D>(host: string, err: unknown, durationMs: number, connected: boolean): HostOutcome<D> {
  if (err instanceof Refusal) {
    const o: HostOutcome<D> = { host, status: 'refused', durationMs, reason: err.reason, fix: err.fix };
    if (err.detail) o.detail = err.detail;
    return o;
  }
  if (err instanceof UnknownOutcome) {
    const o: HostOutcome<D> = {
      host,
      status: 'unknown',
      durationMs,
      reason: err.message,
      fix: 'see what is there with `wezfleet status` or `wezfleet plan` (the file is the old one or the new one, never half-written), then run the command again',
    };
    if (err.detail) o.detail = err.detail;
    return o;
  }
  if (err instanceof TransportError) {
    if (err.kind === 'aborted') {
      return {
        host,
        status: 'skipped',
        durationMs,
        // A step that knows it wrote nothing says which it was (the config check); else the commit point is the rename.
        reason: !connected
          ? 'cancelled'
          : err.message.startsWith('cancelled during')
            ? err.message
            : 'cancelled while running (nothing half-written: the rename is the commit point)',
      };
    }
    return { host, status: connected ? 'failed' : 'unreachable', durationMs, reason: err.message };
  }
  return { host, status: 'failed', durationMs, reason: errorMessage(err) };
}

const isFailure = (o: HostOutcome<unknown>) =>
  o.status === 'failed' || o.status === 'unknown' || o.status === 'unreachable' || o.status === 'refused';

/**
 * Runs `task` on every target, `concurrency` at a time, batch after batch. Once `signal` aborts or
 * failures pass `maxFailures`, hosts not yet started are skipped; running ones see the abort through
 * their transport. The result is in target order, one outcome per target.
 */
export async function runHosts<D>(targets: readonly Target[], task: HostTask<D>, o: RunHostsOptions): Promise<HostOutcome<D>[]> {
  let failures = 0;
  const runOne = async (target: Target): Promise<HostOutcome<D>> => {
    const host = target.spec.name;
    if (o.signal.aborted) return { host, status: 'skipped', durationMs: 0, reason: 'cancelled before it started' };
    if (o.maxFailures !== undefined && failures > o.maxFailures) {
      return {
        host,
        status: 'skipped',
        durationMs: 0,
        reason: `not started: ${failures} hosts failed, more than --max-fail allows (${o.maxFailures})`,
      };
    }
    o.onStart?.(host);
    const started = Date.now();
    let transport: Transport | undefined;
    let outcome: HostOutcome<D>;
    try {
      transport = await target.connect(o.signal);
      const result = await task(transport, target.spec);
      outcome = { host, status: result.status, durationMs: Date.now() - started, detail: result.detail };
    } catch (err) {
      const expected = [Refusal, TransportError, HostStepError, UnknownOutcome, UnusableHost].some((e) => err instanceof e);
      if (!expected) {
        o.onUnexpected?.(host, err);
      }
      outcome = outcomeFromError<D>(host, err, Date.now() - started, transport !== undefined);
    } finally {
      await transport?.close().catch(() => undefined);
    }
    if (transport?.notes?.length) outcome.notes = [...transport.notes];
    if (transport?.kind) outcome.transport = transport.kind;
    if (isFailure(outcome)) failures++;
    o.onDone?.(outcome);
    return outcome;
  };
  const size = Math.max(o.batchSize ?? targets.length, 1);
  const outcomes: HostOutcome<D>[] = [];
  for (let i = 0; i < targets.length; i += size) {
    outcomes.push(...(await pMap(targets.slice(i, i + size), runOne, { concurrency: o.concurrency })));
  }
  return outcomes;
}
