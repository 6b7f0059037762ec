import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot, readAsset } from '../core/assets.js';
import { encodeEvalInput, type EvalOptions } from './eval-input.js';
import { limitReport, parseEvalReport, type EvalReport } from './eval-report.js';
import { cancelledCheck, DEFAULT_LIMITS, type LuaEngine, type LuaLimits } from './engine.js';
import type { WorkerAnswer, WorkerSetup } from './lua-worker.js';
import { threadCpuMs } from './thread-cpu.js';

/** How long a worker may take to get a config's Lua state ready: generous, it is wezfleet's own work. */
const START_MS = 30_000;
/** Wall time allowed, as a multiple of the CPU limit, for a thread that barely gets a core. */
const WALL_BACKSTOP = 10;

interface Job {
  input: string;
  signal?: AbortSignal;
  resolve(report: EvalReport): void;
  reject(err: Error): void;
}

/**
 * The product's config check: evaluate.lua in wasmoon's Lua 5.4, in worker threads (at most one per
 * core, two at most), each evaluation bounded in its thread's CPU time and in memory. A worker past its time,
 * or cancelled, is ended at once (terminate stops even a loop in WebAssembly) and another is started
 * for the next config; a config over its memory fails its own check only.
 */
export class WorkerLua implements LuaEngine {
  readonly name = 'wasmoon Lua 5.4';
  readonly #idle: Worker[] = [];
  readonly #queue: Job[] = [];
  /** Workers being ended: close() waits for them, so that no isolate is torn down as the process exits. */
  readonly #ending = new Set<Promise<number>>();
  #workers = 0;
  #nextId = 0;
  #setup: WorkerSetup | undefined;

  constructor(
    readonly limits: LuaLimits = DEFAULT_LIMITS,
    readonly poolSize = Math.min(2, availableParallelism()),
  ) {}

  evaluate(source: string, o: EvalOptions): Promise<EvalReport> {
    if (o.signal?.aborted) return Promise.reject(cancelledCheck());
    const input = encodeEvalInput(source, o);
    // wasmoon hands Lua a C string: a NUL byte would end the input early.
    if (input.includes('\0')) {
      return Promise.resolve({
        status: 'unsure',
        error: 'the config holds a NUL byte',
        why: 'a file with NUL bytes is not read by the check',
        values: {},
        logs: [],
        modules: [],
        uses: [],
      });
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ input, ...(o.signal ? { signal: o.signal } : {}), resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    const idle = this.#idle.splice(0);
    this.#workers -= idle.length;
    for (const w of idle) this.#end(w);
    await Promise.all(this.#ending);
  }

  #end(worker: Worker): void {
    const ending = worker.terminate();
    this.#ending.add(ending);
    void ending.finally(() => this.#ending.delete(ending));
  }

  #spawn(): Worker {
    this.#setup ??= {
      evaluateSource: readAsset('lua/evaluate.lua'),
      stubSource: readAsset('lua/wezterm-stub.lua'),
      memoryBytes: this.limits.memoryBytes,
    };
    this.#workers++;
    return new Worker(join(packageRoot(), 'dist/src/lua/lua-worker.js'), { workerData: this.#setup, stdout: true, stderr: true });
  }

  #pump(): void {
    while (this.#queue.length) {
      const worker = this.#idle.pop() ?? (this.#workers < this.poolSize ? this.#spawn() : undefined);
      if (!worker) return;
      this.#run(worker, this.#queue.shift()!);
    }
  }

  #run(worker: Worker, job: Job): void {
    if (job.signal?.aborted) {
      this.#release(worker);
      job.reject(cancelledCheck());
      return;
    }
    const id = this.#nextId++;
    worker.ref();
    let done = false;
    const finish = (keep: boolean, settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      job.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      if (keep) this.#release(worker);
      else this.#discard(worker);
      settle();
    };
    const onMessage = (answer: WorkerAnswer) => {
      if (answer.id !== id) return;
      if ('started' in answer) {
        clearTimeout(timer);
        timer = this.#limitTime(answer.tid, () => finish(false, () => job.resolve(limitReport('time'))));
      } else if ('text' in answer) finish(true, () => job.resolve(parseEvalReport(answer.text)));
      // Its heap has grown to the cap and WebAssembly memory never shrinks: a new worker next time.
      else if ('memory' in answer) finish(false, () => job.resolve(limitReport('memory')));
      else finish(true, () => job.reject(new Error(`the config check failed: ${answer.error}`)));
    };
    const onError = (err: Error) => finish(false, () => job.reject(new Error(`the config check stopped: ${err.message}`)));
    const onAbort = () => finish(false, () => job.reject(cancelledCheck()));
    // Until the config starts, the deadline is the engine's start-up (a new worker compiles WebAssembly).
    let timer = setTimeout(
      () => finish(false, () => job.reject(new Error(`the config check did not start within ${START_MS / 1000} s`))),
      START_MS,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    job.signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ id, input: job.input });
  }

  /**
   * Calls `over` once the config has used its time: the worker thread's own CPU time where Linux
   * gives it (so a client busy with hundreds of hosts, or a starved thread, does not turn a 10 ms
   * config into one that "exceeded 2 s"), with wall time at ten times the limit as a backstop; wall
   * time alone elsewhere. The verdict waits one turn of the event loop: a timer that came due while
   * the loop was blocked must let an answer that arrived meanwhile win.
   */
  #limitTime(tid: number | undefined, over: () => void): NodeJS.Timeout {
    const limit = this.limits.timeMs;
    const verdict = () => setImmediate(over);
    const cpu0 = tid === undefined ? undefined : threadCpuMs(tid);
    if (tid === undefined || cpu0 === undefined) return setTimeout(verdict, limit);
    const wall0 = performance.now();
    const poll = setInterval(
      () => {
        const cpu = threadCpuMs(tid);
        if (cpu === undefined || cpu - cpu0 >= limit || performance.now() - wall0 >= limit * WALL_BACKSTOP) {
          clearInterval(poll);
          verdict();
        }
      },
      Math.max(10, Math.min(50, limit / 4)),
    );
    return poll;
  }

  #release(worker: Worker): void {
    // An idle worker does not keep wezfleet running.
    worker.unref();
    this.#idle.push(worker);
    this.#pump();
  }

  #discard(worker: Worker): void {
    this.#workers--;
    this.#end(worker);
    this.#pump();
  }
}
