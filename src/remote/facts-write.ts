import type { Transport } from '../transport/transport.js';
import { parseFacts, factsArgs, type FactsRequest, type HostFacts } from './facts.js';
import { shQuote } from '../core/quote.js';
import { runTwoStepScript, type RemoteOptions } from './run-script.js';
import { COMMITTED, parseWriteResult, writeArgs, type WriteRequest, type WriteResult } from './write-config.js';

/** What apply decided from the facts: a value to keep, and the write to make, if any. */
export interface Decision<T> {
  value: T;
  write?: WriteRequest;
}

/**
 * The write's arguments as one line of sh words, which two-step-resume.sh evaluates as `set -- LINE`: each
 * quoted, and a newline in a value (a path may hold one) given as "$nl", so the line stays one line.
 */
export function requestLine(args: readonly string[]): string {
  return args.map((a) => shQuote(a).replaceAll('\n', `'"$nl"'`)).join(' ') + '\n';
}

/**
 * Apply's one round trip: the host's facts (as gatherFacts reads them), then, on the same channel
 * and in the same shell, the write that `decide` asks for once it has planned from them (the whole
 * of write-config.sh, reload wait included), or nothing. `maxWaitMs` bounds the reload wait. A
 * write cut after it was sent is `written` if its commit came, else `unknown` (how it was cut).
 */
export async function gatherFactsThenWrite<T>(
  t: Transport,
  o: RemoteOptions,
  req: FactsRequest,
  maxWaitMs: number,
  decide: (facts: HostFacts) => Promise<Decision<T>>,
): Promise<{ value: T; written?: WriteResult; unknown?: string }> {
  let decision: Decision<T> | undefined;
  const what = maxWaitMs ? `${o.timeoutMs / 1000} s for the write, ${maxWaitMs / 1000} s waiting for the mux's reload` : undefined;
  const options = { ...o, resumeTimeoutMs: o.timeoutMs + maxWaitMs, ...(what ? { resumeTimeoutWhat: what } : {}), commit: COMMITTED };
  const change = await runTwoStepScript(t, 'facts-write', factsArgs(req), options, async (first) => {
    decision = await decide(parseFacts(first));
    const w = decision.write;
    if (!w) return undefined;
    return Buffer.concat([Buffer.from(requestLine(writeArgs(w))), w.content === 'absent' ? Buffer.alloc(0) : w.content]);
  });
  const { value, write } = decision!;
  if (!write) return { value };
  const result = parseWriteResult(change, write);
  return 'unknown' in result ? { value, unknown: result.unknown } : { value, written: result };
}
