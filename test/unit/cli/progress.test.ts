import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Progress } from '../../../src/cli/progress.js';

/** A stderr stand-in that keeps what was written. */
function stream(tty: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY: tty, columns: 60, text: '', write: (t: string) => ((s.text += t), true) };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

const ok = (host: string) => ({ host, status: 'unchanged' as const, durationMs: 1, detail: {} });

describe('Progress', () => {
  it('names the hosts that have waited longest, with their waits', () => {
    let now = 0;
    const p = new Progress(stream(false), 4, { now: () => now, intervalSeconds: 3600 });
    p.reset(4);
    p.started('gpu-17');
    now = 3000;
    p.started('gpu-40');
    now = 6000;
    p.started('gpu-41');
    p.started('gpu-42');
    now = 12_000;
    p.done(ok('gpu-41'));
    assert.equal(p.text(), '1/4 done, 0 failed, 3 in flight; waiting on gpu-17 (12 s), gpu-40 (9 s), gpu-42 (6 s)');
    p.done(ok('gpu-17'));
    assert.equal(p.text(), '2/4 done, 0 failed, 2 in flight; waiting on gpu-40 (9 s), gpu-42 (6 s)');
    p.finish();
  });

  it('does not name hosts that have only just started', () => {
    let now = 0;
    const p = new Progress(stream(false), 2, { now: () => now, intervalSeconds: 3600 });
    p.reset(2);
    p.started('a');
    now = 500;
    assert.equal(p.text(), '0/2 done, 0 failed, 1 in flight');
    p.finish();
  });

  it("on a terminal, redraws one line cut to the terminal's width", () => {
    let now = 0;
    const out = stream(true);
    const p = new Progress(out, 3, { now: () => now });
    p.reset(3);
    p.started('a-host-with-a-rather-long-name-01');
    p.started('a-host-with-a-rather-long-name-02');
    now = 5000;
    p.started('c');
    const last = out.text.split('\r\x1b[2K').pop()!;
    assert.ok(last.length <= 60, last);
    assert.match(last, /^0\/3 done, 0 failed, 3 in flight; waiting on a-host/);
    p.finish();
  });
});
