/**
 * The config check's worker thread: Lua 5.4 compiled to WebAssembly (wasmoon), off the main thread,
 * so that a config that loops or grows cannot stop the run, Ctrl-C, or the other hosts. A fresh Lua
 * state per config, with its memory capped; the main thread ends the worker when time runs out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LuaFactory } from 'wasmoon';
import { currentThreadId } from './thread-cpu.js';

export interface WorkerSetup {
  evaluateSource: string;
  stubSource: string;
  memoryBytes: number;
}
export type WorkerRequest = { id: number; input: string };
export type WorkerAnswer =
  { id: number; started: true; tid?: number } | { id: number; text: string } | { id: number; memory: true } | { id: number; error: string };

// Emscripten prints its own errors on stderr ("Cannot enlarge memory..."): the report says it instead.
console.error = () => undefined;
console.warn = () => undefined;

const setup = workerData as WorkerSetup;
const tid = currentThreadId();
let factory: Promise<LuaFactory> | undefined;

async function evaluate(id: number, input: string): Promise<string> {
  factory ??= import('wasmoon').then((m) => new m.LuaFactory());
  const lua = await (await factory).createEngine({ injectObjects: false, enableProxy: false, traceAllocations: true });
  try {
    lua.global.setMemoryMax(setup.memoryBytes);
    const run = (await lua.doString(setup.evaluateSource)) as (input: string, stub: string) => string;
    // The config's own clock starts here: loading WebAssembly in a new worker on a busy client is not its time.
    parentPort!.postMessage({ id, started: true, ...(tid === undefined ? {} : { tid }) } satisfies WorkerAnswer);
    return run(input, setup.stubSource);
  } finally {
    // Before the answer: a config's __gc that never ends is still this config's time.
    lua.global.close();
  }
}

parentPort!.on('message', ({ id, input }: WorkerRequest) => {
  evaluate(id, input).then(
    (text) => parentPort!.postMessage({ id, text } satisfies WorkerAnswer),
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      parentPort!.postMessage(
        (/not enough memory|Cannot enlarge memory|Out of memory/i.test(message)
          ? { id, memory: true }
          : { id, error: message }) satisfies WorkerAnswer,
      );
    },
  );
});
