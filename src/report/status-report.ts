import { isOk, type HostOutcome } from '../core/outcome.js';
import { describeAgents } from '../host/restart-host.js';
import { DEFAULT_RESCUE_SESSION } from '../host/rescue-host.js';
import type { StatusDetail } from '../host/status-host.js';
import { makeTable, wrapCell } from './table.js';
import { problemText, successesFirst, summaryLine } from './summary.js';

function formatAge(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return d ? `${d}d${h}h` : h ? `${h}h${m}m` : `${m}m${seconds % 60}s`;
}

const gib = (kb: number) => `${(kb / 1024 / 1024).toFixed(kb < 10 * 1024 * 1024 ? 1 : 0)} GiB`;
const mib = (kb: number) => (kb >= 1024 * 1024 ? gib(kb) : `${Math.round(kb / 1024)} MiB`);

/** One row per host, as the guide's "Monitoring and Diagnostics" would show it, with hints beside problems. */
export function renderStatusReport(outcomes: readonly HostOutcome<StatusDetail>[], colour: boolean, now = new Date()): string {
  const table = makeTable(['host', 'mux', 'RSS', 'FDs', 'panes', 'agents', 'load', 'mem avail', 'config', 'log errors', 'notes'], colour);
  for (const h of successesFirst(outcomes)) {
    if (!isOk(h)) {
      table.push([h.host, h.status, '', '', '', '', '', '', '', '', wrapCell(problemText(h))]);
      continue;
    }
    const d = h.detail;
    const mux = d.mux.running
      ? `pid ${d.mux.pid}\nup ${formatAge(d.mux.uptimeSeconds)}${d.mux.managedBy === 'systemd' ? '\n(systemd)' : ''}`
      : 'down';
    const config = d.config.state;
    table.push([
      h.host,
      mux,
      d.mux.running ? mib(d.mux.rssKb) : '',
      d.mux.running ? String(d.mux.fds) : '',
      d.panes === undefined ? (d.panesError ? 'no answer' : '') : String(d.panes),
      (d.agents.length ? `${d.agents.length} (${describeAgents(d.agents)})` : '0') + describeRescued(d.rescued),
      `${d.load[0].toFixed(2)}/${d.cores}`,
      `${gib(d.memAvailableKb)} (${d.memTotalKb ? Math.round((d.memAvailableKb / d.memTotalKb) * 100) : 0}%)`,
      config,
      wrapCell(d.logErrors.slice(-2).join('\n'), 40),
      wrapCell([...d.warnings, ...d.hints.map((x) => `hint: ${x}`), ...(h.notes ?? [])].join('\n')),
    ]);
  }
  return `${now.toISOString().replace('T', ' ').slice(0, 19)} UTC\n${table.toString()}\n${summaryLine(outcomes)}\n`;
}

/** "rescued in tmux: 4 (3 alive)", a line per session where a rescue used another than the default. */
function describeRescued(rescued: StatusDetail['rescued']): string {
  const sessions = [...new Set(rescued.map((r) => r.session))];
  return sessions
    .map((s) => {
      const windows = rescued.filter((r) => r.session === s);
      const name = sessions.length === 1 && s === DEFAULT_RESCUE_SESSION ? '' : ` (${s})`;
      return `\nrescued in tmux${name}: ${windows.length} (${windows.filter((r) => r.alive).length} alive)`;
    })
    .join('');
}
