import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HostOutcome } from '../../../src/core/outcome.js';
import type { StatusDetail } from '../../../src/host/status-host.js';
import { renderStatusReport } from '../../../src/report/status-report.js';

const detail = (over: Partial<StatusDetail> = {}): StatusDetail => ({
  mux: { running: true, pid: 4242, uptimeSeconds: 93_784, rssKb: 1_572_864, fds: 210, managedBy: 'systemd' },
  socket: true,
  panes: 24,
  agents: [],
  rescued: [],
  load: [3.5, 2.1, 1.9],
  cores: 32,
  memAvailableKb: 100 * 1024 * 1024,
  memTotalKb: 128 * 1024 * 1024,
  ram: { gib: 128, source: 'sysfs' },
  config: { state: 'in sync', path: '/home/agent/.config/wezterm/wezterm.lua' },
  logErrors: ['2026-12-01T03:12:09Z mux: parser buffer full for pane 12, dropping 1048576 bytes of output'],
  warnings: [],
  hints: ['scrollback_lines x 24 panes may use 41% of RAM: lower it with --set scrollback_lines=500000'],
  ...over,
});

/** 50 hosts: most fine, one unreachable, one mux down. */
const FLEET: HostOutcome<StatusDetail>[] = Array.from({ length: 50 }, (_, i): HostOutcome<StatusDetail> => {
  const host = `gpu-${String(i).padStart(2, '0')}.agents.example.internal`;
  if (i === 30)
    return {
      host,
      status: 'unreachable',
      durationMs: 10_000,
      reason: 'connect to 10.0.0.30:22 timed out after 10 s, 3 tries, 31 s',
      fix: 'check the host is up and port 22 is open from here',
    };
  return { host, status: 'ok', durationMs: 300, detail: i === 7 ? detail({ mux: { running: false }, panes: undefined }) : detail() };
});

const NOW = new Date('2026-12-02T10:00:00Z');

describe('renderStatusReport', () => {
  for (const width of [80, 120, 200]) {
    it(`fits each of 50 hosts on one line of at most ${width} columns, problems first`, () => {
      const lines = renderStatusReport(FLEET, { colour: false, width }, NOW).trimEnd().split('\n');
      // Time, header, one line per host, summary.
      assert.equal(lines.length, 1 + 1 + FLEET.length + 1);
      for (const line of lines) assert.ok(line.length <= width, `${line.length} > ${width}: ${line}`);
      assert.match(lines[2]!, /^gpu-30\.agents\.example\.internal +unreachable +connect to 10\.0\.0\.30:22\b/);
      assert.match(lines.join('\n'), /\ngpu-07\S* +down /);
    });
  }

  it('shows more columns where there is room', () => {
    const head = (width: number) => renderStatusReport(FLEET, { colour: false, width }, NOW).split('\n')[1]!;
    assert.doesNotMatch(head(80), /log errors/);
    assert.match(head(200), /agents +panes +RSS/);
  });

  it('into a pipe, keeps every value whole on its host line', () => {
    const text = renderStatusReport(FLEET, { colour: false }, NOW);
    assert.match(text, /dropping 1048576 bytes of output/);
    assert.match(text, /hint: scrollback_lines x 24 panes may use 41% of RAM: lower it with --set scrollback_lines=500000/);
    assert.match(text, /fix: check the host is up and port 22 is open from here/);
  });
});
