/**
 * `npm run bench:render`: how the tables grow with the fleet. Renders the status and plan tables
 * for 1,000 to 30,000 made-up hosts, at 80 columns and into a pipe, and times `wezfleet hosts`
 * (inventory, selection, ssh_config, table) on an inventory of as many hosts. Not a test: it prints
 * a table; the target (issue 19) is 30,000 hosts in a few seconds, growing linearly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostOutcome } from '../src/core/outcome.js';
import type { StatusDetail } from '../src/host/status-host.js';
import { renderStatusReport } from '../src/report/status-report.js';
import { packageRoot } from '../src/core/assets.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,30000').split(',').map(Number);
const BIN = join(packageRoot(), 'bin', 'wezfleet');

function statusOutcome(i: number): HostOutcome<StatusDetail> {
  const host = `gpu-${String(i).padStart(5, '0')}.agents.example.internal`;
  if (i % 97 === 0) return { host, status: 'unreachable', durationMs: 10_000, reason: `connect to ${host}:22 timed out after 10 s` };
  return {
    host,
    status: 'ok',
    durationMs: 250,
    detail: {
      mux: { running: true, pid: 1000 + i, uptimeSeconds: 86_400 + i, rssKb: 900_000, fds: 120, managedBy: 'pid file' },
      socket: true,
      panes: 20,
      agents: [],
      rescued: [],
      load: [2, 2, 2],
      cores: 32,
      memAvailableKb: 64 * 1024 * 1024,
      memTotalKb: 128 * 1024 * 1024,
      ram: { gib: 128, source: 'sysfs' },
      config: { state: 'in sync' },
      logErrors: [],
      warnings: [],
      hints: i % 10 ? [] : ['scrollback_lines x 20 panes may use 30% of RAM'],
    },
  };
}

const ms = (t0: number) => Math.round(performance.now() - t0);
const dir = mkdtempSync(join(tmpdir(), 'wezfleet-bench-render-'));
const home = join(dir, 'home');
execFileSync('mkdir', ['-p', join(home, '.ssh')]);
const lines = ['| hosts | status table, 80 cols ms | status table, pipe ms | `wezfleet hosts` s |', '|--:|--:|--:|--:|'];
try {
  for (const n of SIZES) {
    const outcomes = Array.from({ length: n }, (_, i) => statusOutcome(i));
    let t0 = performance.now();
    renderStatusReport(outcomes, { colour: false, width: 80 });
    const narrow = ms(t0);
    t0 = performance.now();
    renderStatusReport(outcomes, { colour: false });
    const pipe = ms(t0);
    const inv = join(dir, `inventory-${n}.yaml`);
    writeFileSync(
      inv,
      `hosts:\n${Array.from({ length: n }, (_, i) => `  - name: gpu-${i}\n    host: 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}\n`).join('')}`,
    );
    t0 = performance.now();
    execFileSync(BIN, ['hosts', '-i', inv], { env: { PATH: process.env.PATH, HOME: home, COLUMNS: '80' }, maxBuffer: 1 << 30 });
    const hosts = (performance.now() - t0) / 1000;
    lines.push(`| ${n} | ${narrow} | ${pipe} | ${hosts.toFixed(2)} |`);
    process.stderr.write(`${lines.at(-1)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${lines.join('\n')}\n`);
