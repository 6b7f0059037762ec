import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Deadline } from '../../../src/transport/deadline.js';
import { SecondStepWatch } from '../../../src/transport/second-step.js';

const marker = Buffer.from('\0wezfleet-step-abc\0');

function watching(resume: (before: Buffer) => Promise<Buffer | undefined>) {
  const out: Buffer[] = [];
  const sent: { data: Buffer | undefined; restart: boolean }[] = [];
  const resumed: string[] = [];
  // What the watch does to the command's deadline: stopped at the marker, restarted for the second step.
  const deadline = { restarted: [] as number[], stopped: 0 };
  const timer = {
    stop: () => deadline.stopped++,
    restart: (ms: number) => deadline.restarted.push(ms),
  } as unknown as Deadline;
  const w = new SecondStepWatch(
    {
      marker,
      timeoutMs: 1000,
      resume: (before) => {
        resumed.push(before.toString());
        return resume(before);
      },
    },
    out,
    timer,
    (data) => sent.push({ data, restart: deadline.restarted.includes(1000) }),
  );
  const feed = (chunk: string | Buffer) => {
    out.push(Buffer.from(chunk));
    w.feed();
  };
  return { w, feed, sent, resumed, deadline };
}

describe('SecondStepWatch', () => {
  it('finds the marker split across chunks, and resumes once with what came before it', async () => {
    const { w, feed, sent, resumed, deadline } = watching(async () => Buffer.from('next'));
    feed('facts\0content\0bytes');
    feed(marker.subarray(0, 7));
    assert.deepEqual(resumed, []);
    feed(Buffer.concat([marker.subarray(7), Buffer.from('written\0')]));
    feed('more');
    await w.settled();
    assert.deepEqual(resumed, ['facts\0content\0bytes']);
    assert.deepEqual(sent, [{ data: Buffer.from('next'), restart: true }]);
    assert.equal(deadline.stopped, 1, 'the first deadline ended at the marker');
  });

  it('never resumes without the whole marker', async () => {
    const { w, feed, resumed } = watching(async () => undefined);
    feed(Buffer.concat([Buffer.from('x'), marker.subarray(0, marker.length - 1)]));
    await w.settled();
    assert.deepEqual(resumed, []);
  });

  it('closes stdin when resume fails, and hands its error on once the command ends', async () => {
    const { w, feed, sent } = watching(async () => {
      throw new Error('refused: read-only');
    });
    feed(marker);
    await assert.rejects(w.settled(), /refused: read-only/);
    assert.deepEqual(sent, [{ data: undefined, restart: false }]);
  });

  it('turns a resume that throws at once into the same failure', async () => {
    const { w, feed, sent } = watching(() => {
      throw new Error('bad records');
    });
    feed(marker);
    await assert.rejects(w.settled(), /bad records/);
    assert.deepEqual(sent, [{ data: undefined, restart: false }]);
  });
});
