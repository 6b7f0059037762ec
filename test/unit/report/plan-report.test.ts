import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HostOutcome } from '../../../src/core/outcome.js';
import type { PlanView } from '../../../src/host/plan-view.js';
import { computeProfile } from '../../../src/profile/compute-profile.js';
import { renderJson } from '../../../src/report/json-report.js';
import { renderPlanReport } from '../../../src/report/plan-report.js';

/** A plan as plan-view.ts shapes it, for one host. */
function view(gib: number, change: PlanView['config']['change'], over: Partial<PlanView> = {}): PlanView {
  return {
    drift: 'unmanaged',
    ram: { gib, source: 'sysfs', detail: 'sysfs' },
    profile: { basis: `${gib} GiB`, settings: computeProfile(gib).settings, setByHand: [], overridden: [] },
    config: { path: '/root/.wezterm.lua', realPath: '/root/.wezterm.lua', source: 'home', envFrom: 'mux', shape: 'return-ident', change },
    blockHash: '0123456789ab',
    check: { result: 'proven', modules: [] },
    sha256: { after: 'a'.repeat(64) },
    diff: change === 'none' ? '' : '--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n',
    warnings: [],
    ...over,
  };
}

const outcomes: HostOutcome<PlanView>[] = [
  {
    host: 'refused-1',
    status: 'refused',
    durationMs: 12,
    reason: '/root/.wezterm.lua is read-only for ops',
    fix: 'set sudo: true',
    detail: { block: 'config.scrollback_lines = 1000000\n' } as Partial<PlanView>,
  },
  { host: 'in-sync', status: 'unchanged', durationMs: 200, detail: view(128, 'none') },
  {
    host: 'to-tune',
    status: 'would-change',
    durationMs: 300,
    detail: view(256, 'update', { warnings: ['line 3: `config.scrollback_lines = 5000` is overridden'] }),
  },
  {
    host: 'cut',
    status: 'unknown',
    durationMs: 1500,
    reason: 'the connection closed after the change was sent, before the host said whether it made it',
    fix: 'see what is there with `wezfleet status`',
  },
];

describe('renderPlanReport', () => {
  const text = renderPlanReport(outcomes, { table: { colour: false }, showDiffs: true });

  it('puts what needs a look first, then what would change, each failure with its reason and fix on its line', () => {
    const rows = ['refused-1', 'cut', 'to-tune', 'in-sync'].map((h) => text.indexOf(`\n${h} `));
    assert.ok(
      rows.every((at) => at >= 0),
      text,
    );
    assert.deepEqual(
      [...rows].sort((a, b) => a - b),
      rows,
      'refused-1 and cut, then to-tune, then in-sync',
    );
    assert.match(text, /\nrefused-1 .*read-only for ops; fix: set sudo: true\n/);
  });

  it('shows each diff, the block to paste for a refused host, and the warnings', () => {
    assert.match(text, /== to-tune: \/root\/\.wezterm\.lua ==\n--- a/);
    assert.match(text, /== refused-1: the block to add by hand ==\nconfig\.scrollback_lines = 1000000/);
    assert.match(text, /`config\.scrollback_lines = 5000`/);
    assert.doesNotMatch(text, /== in-sync: /, 'no diff for a host that would not change');
  });

  for (const width of [80, 120, 200]) {
    it(`fits one line per host in ${width} columns`, () => {
      const table = renderPlanReport(outcomes, { table: { colour: false, width }, showDiffs: false })
        .trimEnd()
        .split('\n');
      const rows = table.slice(-1 - outcomes.length, -1);
      assert.deepEqual(
        rows.map((r) => r.split(' ')[0]),
        ['refused-1', 'cut', 'to-tune', 'in-sync'],
      );
      for (const line of table) assert.ok(line.length <= width, `${line.length} > ${width}: ${line}`);
    });
  }

  it('ends with a count of each status', () => {
    assert.match(text.trimEnd().split('\n').at(-1)!, /^4 hosts: 1 would-change, 1 unchanged, 1 refused, 1 unknown$/);
  });
});

describe('renderJson', () => {
  it('is versioned, says whether every host is ok, counts statuses and puts successes first', () => {
    const doc = JSON.parse(renderJson('plan', outcomes));
    assert.equal(doc.schema, 2);
    assert.equal(doc.command, 'plan');
    assert.equal(doc.ok, false);
    assert.deepEqual(doc.summary, { 'would-change': 1, unchanged: 1, refused: 1, unknown: 1 });
    assert.deepEqual(
      doc.hosts.map((h: { host: string }) => h.host),
      ['in-sync', 'to-tune', 'refused-1', 'cut'],
    );
  });
});
