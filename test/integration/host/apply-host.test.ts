import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { applyHost } from '../../../src/host/apply-host.js';
import { planHost } from '../../../src/host/plan-host.js';
import { viewPlan } from '../../../src/host/plan-view.js';
import * as C from '../../fixtures/configs.js';
import { scratchHome } from '../../helpers/cli.js';
import { countingTransport } from '../../helpers/hook-transport.js';
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
