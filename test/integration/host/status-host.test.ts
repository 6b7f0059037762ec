import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DEFAULT_AGENT_PATTERNS } from '../../../src/mux/agents.js';
import { restoreHost } from '../../../src/host/restore-host.js';
import { statusHost } from '../../../src/host/status-host.js';
import { applyHost } from '../../../src/host/apply-host.js';
import * as C from '../../fixtures/configs.js';
import { scratchHome } from '../../helpers/cli.js';
import { countingTransport } from '../../helpers/hook-transport.js';
import { runOptions } from '../../helpers/run-options.js';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

const counted = () => countingTransport(h.home);

describe('statusHost and restoreHost: their round trips', () => {
  it('status: the host, its mux and its config in one round trip', async () => {
    writeFileSync(join(h.home, '.wezterm.lua'), C.BUILDER);
    const { t, calls } = counted();
    const r = await statusHost(t, { name: 'h' }, runOptions({ ram: 64 }), {
      agentPatterns: DEFAULT_AGENT_PATTERNS,
      scrollbackWarnShare: 0.25,
    });
    assert.deepEqual(calls, ['facts.sh']);
    assert.deepEqual(r.detail.mux, { running: false });
    assert.equal(r.detail.config.state, 'unmanaged');
    assert.ok(r.detail.cores >= 1 && r.detail.memTotalKb > 0 && r.detail.load.length === 3);
  });

  it('restore: facts and config in one trip, the backup read in a second, the write in a third', async () => {
    writeFileSync(join(h.home, '.wezterm.lua'), C.BUILDER);
    const { t, calls } = counted();
    await applyHost(t, { name: 'h' }, runOptions({ ram: 64 }));
    calls.length = 0;
    const r = await restoreHost(t, { name: 'h' }, runOptions(), { list: false });
    assert.equal(r.status, 'changed');
    assert.deepEqual(calls, ['facts.sh', 'read-file.sh', 'write-config.sh']);
  });
});
