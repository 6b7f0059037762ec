import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { HostStepError, Refusal, TransportError, UnknownOutcome } from '../../../src/core/errors.js';
import type { HostOutcome } from '../../../src/core/outcome.js';
import { runHosts, type HostTask, type Target } from '../../../src/run/run-hosts.js';
import type { Transport } from '../../../src/transport/transport.js';

/** A transport that runs nothing: the task decides everything. */
const nothing = (host: string): Transport => ({ host, exec: () => Promise.reject(new Error('unused')), close: () => Promise.resolve() });

function targets(names: string[], connect?: (name: string) => Promise<Transport>): Target[] {
  return names.map((name) => ({ spec: { name }, connect: () => (connect ?? ((n) => Promise.resolve(nothing(n))))(name) }));
}

const options = (o: Partial<Parameters<typeof runHosts>[2]> = {}) => ({ concurrency: 4, signal: new AbortController().signal, ...o });

describe('runHosts: every host an outcome, in target order', () => {
  it('turns what each task threw into that host outcome, never into the run', async () => {
    const task: HostTask<string> = (t) => {
      switch (t.host) {
        case 'ok':
          return Promise.resolve({ status: 'changed', detail: 'x' });
        case 'refused':
          return Promise.reject(new Refusal('read-only', 'set sudo', { block: 'b' }));
        case 'failed':
          return Promise.reject(new HostStepError('the script exited with 1'));
        case 'unknown':
          return Promise.reject(new UnknownOutcome('the connection closed', { plan: 1 }));
        default:
          return Promise.reject(new Error('a bug'));
      }
    };
    const unexpected: string[] = [];
    const out = await runHosts(
      targets(['ok', 'refused', 'failed', 'unknown', 'bug']),
      task,
      options({ onUnexpected: (h) => unexpected.push(h) }),
    );
    assert.deepEqual(
      out.map((o) => [o.host, o.status]),
      [
        ['ok', 'changed'],
        ['refused', 'refused'],
        ['failed', 'failed'],
        ['unknown', 'unknown'],
        ['bug', 'failed'],
      ],
    );
    const refused = out[1] as Extract<HostOutcome<string>, { reason: string }>;
    assert.deepEqual([refused.reason, refused.fix, refused.detail], ['read-only', 'set sudo', { block: 'b' }]);
    assert.match((out[3] as { reason: string }).reason, /^the connection closed after the change was sent/);
    assert.deepEqual(unexpected, ['bug'], 'only a real bug is reported as unexpected');
  });

  it('calls a host it could not connect to unreachable, and one cut while running failed', async () => {
    const out = await runHosts(
      targets(['down', 'cut'], (n) =>
        n === 'down' ? Promise.reject(new TransportError('connect', 'refused')) : Promise.resolve(nothing(n)),
      ),
      () => Promise.reject(new TransportError('disconnected', 'the connection closed')),
      options(),
    );
    assert.deepEqual(
      out.map((o) => o.status),
      ['unreachable', 'failed'],
    );
  });

  it('runs no more than `concurrency` hosts at once', async () => {
    let running = 0;
    let most = 0;
    await runHosts(
      targets(Array.from({ length: 12 }, (_, i) => `h${i}`)),
      async () => {
        most = Math.max(most, ++running);
        await sleep(10);
        running--;
        return { status: 'ok', detail: null };
      },
      options({ concurrency: 3 }),
    );
    assert.equal(most, 3);
  });

  it('starts a batch only when the one before has ended, and stops starting hosts past --max-fail', async () => {
    const started: string[] = [];
    const out = await runHosts(
      targets(['a', 'b', 'c', 'd', 'e', 'f']),
      (t) => {
        started.push(t.host);
        return t.host === 'a' || t.host === 'b' ? Promise.reject(new HostStepError('no')) : Promise.resolve({ status: 'ok', detail: null });
      },
      options({ batchSize: 2, maxFailures: 1 }),
    );
    assert.deepEqual(started, ['a', 'b']);
    assert.deepEqual(
      out.map((o) => o.status),
      ['failed', 'failed', 'skipped', 'skipped', 'skipped', 'skipped'],
    );
    assert.match((out[2] as { reason: string }).reason, /not started: 2 hosts failed, more than --max-fail allows \(1\)/);
  });

  it('after a cancel, starts nothing more and calls what was not started skipped', async () => {
    const controller = new AbortController();
    const out = await runHosts(
      targets(['first', 'second', 'third']),
      (t) => {
        if (t.host === 'first') controller.abort();
        return Promise.resolve({ status: 'ok', detail: null });
      },
      options({ concurrency: 1, signal: controller.signal }),
    );
    assert.deepEqual(
      out.map((o) => [o.status, (o as { reason?: string }).reason]),
      [
        ['ok', undefined],
        ['skipped', 'cancelled before it started'],
        ['skipped', 'cancelled before it started'],
      ],
    );
  });
});
