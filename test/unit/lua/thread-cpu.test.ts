import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { currentThreadId, threadCpuMs } from '../../../src/lua/thread-cpu.js';

describe("a thread's own CPU time", () => {
  it('counts work, not waiting: what bounds the config check on a busy client', async () => {
    const tid = currentThreadId()!;
    assert.equal(tid, process.pid, 'the main thread is the process');
    const before = threadCpuMs(tid)!;
    await sleep(300);
    const slept = threadCpuMs(tid)! - before;
    const start = Date.now();
    while (Date.now() - start < 300) {
      /* busy */
    }
    const worked = threadCpuMs(tid)! - before - slept;
    assert.ok(slept < 100, `sleeping cost ${slept} ms of CPU`);
    assert.ok(worked >= 200, `300 ms of work counted ${worked} ms`);
  });

  it("reads another thread's time by the id it reports, and nothing once it is gone", async () => {
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads'); const { readlinkSync } = require('node:fs');
       parentPort.postMessage(Number(readlinkSync('/proc/thread-self').split('/').pop()));
       const end = Date.now() + 400; while (Date.now() < end) {}`,
      { eval: true },
    );
    const tid = await new Promise<number>((resolve) => worker.once('message', resolve));
    assert.notEqual(tid, process.pid);
    await new Promise((resolve) => worker.once('exit', resolve));
    await sleep(50);
    assert.equal(threadCpuMs(tid), undefined);
  });
});
