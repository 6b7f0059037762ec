import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { assetPath } from '../core/assets.js';
import { TransportError } from '../core/errors.js';
import { encodeEvalInput, type EvalOptions } from './eval-input.js';
import { limitReport, parseEvalReport, type EvalReport } from './eval-report.js';

export type { EvalOptions } from './eval-input.js';
export type { EvalReport, FailCause } from './eval-report.js';

/** A real Lua 5.4 that runs src/lua/evaluate.lua; swapped in tests to cross-check engines. */
export interface LuaEngine {
  readonly name: string;
  /** The bounds of one evaluation, where the engine enforces them. */
  readonly limits?: LuaLimits;
  evaluate(source: string, options: EvalOptions): Promise<EvalReport>;
  /** Ends what the engine runs (its workers or processes). */
  close?(): Promise<void>;
}

/** How long and how much memory one evaluation of a config may take. */
export interface LuaLimits {
  timeMs: number;
  memoryBytes: number;
}

export const DEFAULT_LIMITS: LuaLimits = { timeMs: 2000, memoryBytes: 256 * 2 ** 20 };

/** The error for an evaluation cancelled by Ctrl-C: the host is `skipped`, as for a cancelled command. */
export const cancelledCheck = () => new TransportError('aborted', 'cancelled during the config check, before anything was written');

/**
 * A stand-alone `lua5.4` binary running the same evaluator, in a process of its own: what the test
 * fleet's mux stand-in runs, and the tests' reference. Its time is bounded; its memory is not.
 */
export class ProcessLua implements LuaEngine {
  readonly name: string;
  readonly limits: LuaLimits;
  constructor(
    readonly binary = 'lua5.4',
    timeMs = DEFAULT_LIMITS.timeMs,
  ) {
    this.name = binary;
    this.limits = { ...DEFAULT_LIMITS, timeMs };
  }

  evaluate(source: string, o: EvalOptions): Promise<EvalReport> {
    if (o.signal?.aborted) return Promise.reject(cancelledCheck());
    const args = [assetPath('lua/evaluate-cli.lua'), assetPath('lua/evaluate.lua'), assetPath('lua/wezterm-stub.lua')];
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      let ended: EvalReport | Error | undefined;
      const end = (why: EvalReport | Error) => {
        ended ??= why;
        child.kill('SIGKILL');
      };
      const timer = setTimeout(() => end(limitReport('time')), this.limits.timeMs);
      const onAbort = () => end(cancelledCheck());
      o.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.stdin.on('error', () => undefined);
      const settle = (f: () => void) => {
        clearTimeout(timer);
        o.signal?.removeEventListener('abort', onAbort);
        f();
      };
      child.on('error', (e) => settle(() => reject(e)));
      child.on('close', (code) =>
        settle(() => {
          if (ended instanceof Error) reject(ended);
          else if (ended) resolve(ended);
          else if (code === 0) resolve(parseEvalReport(out));
          else reject(new Error(`${this.binary} exited with ${code}: ${err.trim()}`));
        }),
      );
      child.stdin.end(encodeEvalInput(source, o));
    });
  }
}

/**
 * Evaluates each distinct config once per run: fleets share configs, so most hosts' checks are
 * answered from memory. The key is everything the result can depend on (the evaluator's whole input)
 * but the host's name and environment, which count only where the config read them (report.uses):
 * a host whose values of those differ from the first host's is evaluated on its own.
 */
export class CachingLua implements LuaEngine {
  readonly name: string;
  readonly limits: LuaLimits | undefined;
  readonly #cache = new Map<string, { pending: Promise<EvalReport>; first: EvalOptions }>();
  readonly #byHost = new Map<string, Promise<EvalReport>>();
  hits = 0;

  constructor(readonly inner: LuaEngine) {
    this.name = inner.name;
    this.limits = inner.limits;
  }

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }

  #evaluate(map: Map<string, unknown>, key: string, source: string, o: EvalOptions): Promise<EvalReport> {
    const pending = this.inner.evaluate(source, o);
    // A cancelled evaluation is no answer: the next host asks again.
    pending.catch(() => map.delete(key));
    return pending;
  }

  async evaluate(source: string, o: EvalOptions): Promise<EvalReport> {
    const key = createHash('sha256')
      .update(encodeEvalInput(source, { ...o, hostname: '', env: {} }))
      .digest('base64');
    let entry = this.#cache.get(key);
    if (!entry) {
      entry = { pending: this.#evaluate(this.#cache, key, source, o), first: o };
      this.#cache.set(key, entry);
      return entry.pending;
    }
    const report = await entry.pending;
    const own = usedValues(report, o);
    if (own === usedValues(report, entry.first)) {
      this.hits++;
      return report;
    }
    const hostKey = `${key} ${own}`;
    let pending = this.#byHost.get(hostKey);
    if (pending) this.hits++;
    else {
      pending = this.#evaluate(this.#byHost, hostKey, source, o);
      this.#byHost.set(hostKey, pending);
    }
    return pending;
  }
}

/** The values of what the config read of its host (report.uses), for these options. */
function usedValues(report: EvalReport, o: EvalOptions): string {
  return JSON.stringify(report.uses.map((u) => (u === 'hostname' ? o.hostname : (o.env?.[u.slice(4)] ?? null))));
}
