import { isOk, type HostOutcome } from '../core/outcome.js';
import { describeAgents } from '../host/restart-host.js';
import { DEFAULT_RESCUE_SESSION } from '../host/rescue-host.js';
import type { StatusDetail } from '../host/status-host.js';
import { renderFitTable, type Column, type TableLayout } from './fit-table.js';
import { hostColumn, notesColumn, statusColumn, transportColumn } from './host-columns.js';
import { problemsFirst, summaryLine } from './summary.js';

function formatAge(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return d ? `${d}d${h}h` : h ? `${h}h${m}m` : `${m}m${seconds % 60}s`;
}

const gib = (kb: number) => `${(kb / 1024 / 1024).toFixed(kb < 10 * 1024 * 1024 ? 1 : 0)} GiB`;
const mib = (kb: number) => (kb >= 1024 * 1024 ? gib(kb) : `${Math.round(kb / 1024)} MiB`);

type Row = HostOutcome<StatusDetail>;
type OkRow = Extract<Row, { detail: StatusDetail }>;
/** A cell that only an ok host fills. */
const ok = (f: (d: StatusDetail, h: OkRow) => string) => (h: Row) => (isOk(h) ? f(h.detail, h) : '');

function muxText(d: StatusDetail): string {
  if (!d.mux.running) return 'down';
  return `pid ${d.mux.pid}, up ${formatAge(d.mux.uptimeSeconds)}`;
}

/** One line per host; on a narrow terminal the log, FDs, load and memory give way first. */
const STATUS_COLUMNS: Column<Row>[] = [
  hostColumn(),
  statusColumn('mux', (h) => (isOk(h) ? muxText(h.detail) : h.status)),
  {
    head: 'agents',
    cell: ok((d) => (d.agents.length ? `${d.agents.length} (${describeAgents(d.agents)})` : '0') + describeRescued(d.rescued)),
    drop: 2,
  },
  {
    head: 'panes',
    cell: ok((d) => (d.panes === undefined ? (d.panesError ? 'no answer' : '') : String(d.panes))),
    align: 'right',
    drop: 3,
  },
  { head: 'RSS', cell: ok((d) => (d.mux.running ? mib(d.mux.rssKb) : '')), align: 'right', drop: 4 },
  { head: 'FDs', cell: ok((d) => (d.mux.running ? String(d.mux.fds) : '')), align: 'right', drop: 7 },
  { head: 'load', cell: ok((d) => `${d.load[0].toFixed(2)}/${d.cores}`), align: 'right', drop: 6 },
  {
    head: 'mem avail',
    cell: ok((d) => `${gib(d.memAvailableKb)} (${d.memTotalKb ? Math.round((d.memAvailableKb / d.memTotalKb) * 100) : 0}%)`),
    align: 'right',
    drop: 5,
  },
  { head: 'config', cell: ok((d) => d.config.state), drop: 1 },
  { head: 'managed by', cell: ok((d) => (d.mux.running ? d.mux.managedBy : '')), wideOnly: true },
  { head: 'log errors', cell: ok((d) => d.logErrors.slice(-2).join('\n')), drop: 8 },
  transportColumn(),
  notesColumn((h) => (isOk(h) ? [...h.detail.warnings, ...h.detail.hints.map((x) => `hint: ${x}`), ...(h.notes ?? [])] : [])),
];

/** One line per host, as the guide's "Monitoring and Diagnostics" would show it, with hints beside problems. */
export function renderStatusReport(outcomes: readonly Row[], table: TableLayout, now = new Date()): string {
  const rows = renderFitTable(STATUS_COLUMNS, problemsFirst(outcomes), table);
  return `${now.toISOString().replace('T', ' ').slice(0, 19)} UTC\n${rows}\n${summaryLine(outcomes)}\n`;
}

/** "rescued in tmux: 4 (3 alive)", a line per session where a rescue used another than the default. */
function describeRescued(rescued: StatusDetail['rescued']): string {
  const sessions = [...new Set(rescued.map((r) => r.session))];
  return sessions
    .map((s) => {
      const windows = rescued.filter((r) => r.session === s);
      const name = sessions.length === 1 && s === DEFAULT_RESCUE_SESSION ? '' : ` (${s})`;
      return `, rescued in tmux${name}: ${windows.length} (${windows.filter((r) => r.alive).length} alive)`;
    })
    .join('');
}
