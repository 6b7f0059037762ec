import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { applyHost } from '../../../src/host/apply-host.js';
import { planHost } from '../../../src/host/plan-host.js';
import { viewPlan } from '../../../src/host/plan-view.js';
import * as C from '../../fixtures/configs.js';
import { scratchHome } from '../../helpers/cli.js';
import { countingTransport, HookTransport } from '../../helpers/hook-transport.js';
import { LocalTransport } from '../../../src/transport/local.js';
import { UnknownOutcome } from '../../../src/core/errors.js';
import { outcomeFromError } from '../../../src/run/run-hosts.js';
import { runOptions } from '../../helpers/run-options.js';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

describe('applyHost', () => {
  it('plans and writes (backup, check, rename, reload wait) in one round trip', async () => {
    writeFileSync(join(h.home, '.wezterm.lua'), C.BUILDER);
    const { t, calls } = countingTransport(h.home);
    const r = await applyHost(t, { name: 'h' }, runOptions({ ram: 128, reloadWaitMs: 1000 }));
    assert.equal(r.status, 'changed');
    assert.deepEqual(calls, ['facts-write.sh']);
    assert.deepEqual(r.detail.reload, { state: 'no mux running', detail: 'the mux loads the new config when it starts' });
    assert.match(readFileSync(join(h.home, '.wezterm.lua'), 'utf8'), /^config\.scrollback_lines = 2000000$/m);
    assert.equal(readFileSync(r.detail.backup!, 'utf8'), C.BUILDER);

    calls.length = 0;
    const again = await applyHost(t, { name: 'h' }, runOptions({ ram: 128 }));
    assert.equal(again.status, 'unchanged');
    assert.deepEqual(calls, ['facts-write.sh']);
  });

  it('writes only the plan that was approved: another profile (the RAM changed during the question) is refused', async () => {
    const cfg = join(h.home, '.wezterm.lua');
    writeFileSync(cfg, C.BUILDER);
    const { t } = countingTransport(h.home);
    const shown = viewPlan(await planHost(t, { name: 'h' }, runOptions({ ram: 128 }))).sha256;
    await assert.rejects(
      applyHost(t, { name: 'h' }, runOptions({ ram: 256 }), shown),
      /the new config would differ since the plan you said yes to; nothing was written/,
    );
    assert.equal(readFileSync(cfg, 'utf8'), C.BUILDER);
    const r = await applyHost(t, { name: 'h' }, runOptions({ ram: 128 }), shown);
    assert.equal(r.status, 'changed');
    assert.equal(r.detail.sha256.after, shown.after);
  });
});

describe('applyHost cut at each point: the outcome is what the host did', () => {
  /**
   * This machine, with the write's commit held back by `pause` seconds (after the rename, before the
   * `committed` record) and `onSent` called once the write has gone down the channel.
   */
  function pausedWrite(home: string, pause: number, onSent: () => void) {
    return new HookTransport(new LocalTransport({ env: { PATH: process.env.PATH, HOME: home } }), (req) => {
      if (!req.secondStep) return req;
      const step = req.secondStep;
      return {
        ...req,
        script: req.script.replace('rec committed "$real"', `sleep ${pause}; rec committed "$real"`),
        secondStep: {
          ...step,
          resume: async (before) => {
            const data = await step.resume(before);
            setTimeout(onSent, 50);
            return data;
          },
        },
      };
    });
  }
  const auditLines = (o: ReturnType<typeof runOptions>) =>
    readFileSync(o.audit.file!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));

  it('a cancel after the write was sent lets it commit: changed, audited, the reload not proven', async () => {
    const cfg = join(h.home, '.wezterm.lua');
    writeFileSync(cfg, C.BUILDER);
    const controller = new AbortController();
    const o = runOptions({ ram: 128, signal: controller.signal, reloadWaitMs: 5000 });
    const r = await applyHost(
      pausedWrite(h.home, 0.5, () => controller.abort()),
      { name: 'h' },
      o,
    );
    assert.equal(r.status, 'changed');
    assert.match(readFileSync(cfg, 'utf8'), /^config\.scrollback_lines = 2000000$/m);
    const [line] = auditLines(o);
    assert.deepEqual([line.action, line.outcome, line.cut], ['apply', undefined, 'cancelled after the change was made']);
  });

  it('a write cut after it was sent, before the host said it was made: unknown, audited as such', async () => {
    const cfg = join(h.home, '.wezterm.lua');
    writeFileSync(cfg, C.BUILDER);
    const o = runOptions({ ram: 128, commandTimeoutMs: 1500 });
    const err = await applyHost(
      pausedWrite(h.home, 30, () => undefined),
      { name: 'h' },
      o,
    ).then(
      () => assert.fail('not cut'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof UnknownOutcome, String(err));
    assert.match(err.message, /^timed out after 1\.5s after the change was sent, before the host said whether it made it$/);
    assert.equal(outcomeFromError('h', err, 1, true).status, 'unknown');
    const [line] = auditLines(o);
    assert.deepEqual([line.outcome, line.cut], ['unknown', 'timed out after 1.5s']);
    // Renamed into place before the pause: the host did make the change it could not report.
    assert.match(readFileSync(cfg, 'utf8'), /^config\.scrollback_lines = 2000000$/m);
  });

  it('a cancel before the write was sent: nothing sent, nothing written, nothing audited', async () => {
    const cfg = join(h.home, '.wezterm.lua');
    writeFileSync(cfg, C.BUILDER);
    const controller = new AbortController();
    const o = runOptions({ ram: 128, signal: controller.signal });
    const t = new HookTransport(new LocalTransport({ env: { PATH: process.env.PATH, HOME: h.home } }), (req) =>
      req.secondStep
        ? { ...req, secondStep: { ...req.secondStep, resume: async (b) => (controller.abort(), req.secondStep!.resume(b)) } }
        : req,
    );
    const err = await applyHost(t, { name: 'h' }, o).then(
      () => assert.fail('not cut'),
      (e: unknown) => e,
    );
    assert.equal(outcomeFromError('h', err, 1, true).status, 'skipped');
    assert.equal(readFileSync(cfg, 'utf8'), C.BUILDER);
    assert.equal(existsSync(o.audit.file!) ? readFileSync(o.audit.file!, 'utf8') : '', '');
  });
});
