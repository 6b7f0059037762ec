import { shQuote } from '../core/quote.js';
import type { RescueDetail, RescuedAgent } from '../host/rescue-host.js';
import { isOk, type HostOutcome } from '../core/outcome.js';
import { renderFitTable, type Column, type TableLayout } from './fit-table.js';
import { hostColumn, notesColumn, statusColumn, timeColumn, transportColumn } from './host-columns.js';
import { problemsFirst, summaryLine } from './summary.js';

/** The tmux is the sudo user's where the host runs through sudo. */
const sudoFor = (user: string | undefined) => (user === undefined ? '' : user === 'root' ? 'sudo ' : `sudo -u ${shQuote(user)} `);

type Row = HostOutcome<RescueDetail>;
interface AgentRow {
  host: string;
  agent: RescuedAgent;
  attach: string;
}

const moved = (a: RescuedAgent) => Boolean(a.window) && !a.result.startsWith('failed') && !a.result.startsWith('skipped');

/**
 * The last column is what an operator copies: the command that attaches to a moved agent, or why an
 * agent was not moved. Every other column gives way before it is cut.
 */
const AGENT_COLUMNS: Column<AgentRow>[] = [
  hostColumn(),
  { head: 'agent', cell: (r) => r.agent.agent },
  { head: 'pid', cell: (r) => String(r.agent.pid), align: 'right', drop: 2 },
  { head: 'tty', cell: (r) => r.agent.tty, drop: 3 },
  {
    head: 'result',
    cell: (r) => (moved(r.agent) ? r.agent.result : r.agent.result.split(':')[0]!),
    colour: (r) => (r.agent.result.startsWith('failed') ? 31 : undefined),
    drop: 1,
  },
  { head: 'attach with (or why not)', cell: (r) => r.attach || r.agent.result, fill: true, whole: true },
];

const HOST_COLUMNS: Column<Row>[] = [
  hostColumn(),
  statusColumn(),
  { head: 'mux', cell: (h) => (h.detail?.muxPid ? `pid ${h.detail.muxPid}` : 'none'), drop: 2 },
  {
    head: 'ptrace_scope',
    cell: (h) => {
      const p = h.detail?.ptraceScope;
      return p ? [p.before, ...(p.during === undefined ? [] : [p.during]), p.after].join(' -> ') : '';
    },
    drop: 4,
  },
  { head: 'Hold', cell: (h) => h.detail?.hold ?? '', drop: 3 },
  { head: 'mux restarted', cell: (h) => (h.detail?.muxRestarted ? 'yes' : 'no'), drop: 5 },
  timeColumn(6),
  transportColumn(),
  notesColumn((h) => (isOk(h) ? h.detail.next : [])),
];

/** One line per agent with the command that attaches to it, then one per host: ptrace_scope, Hold, restart. */
export function renderRescueReport(outcomes: readonly Row[], o: { table: TableLayout; session: string }): string {
  const ordered = problemsFirst(outcomes);
  const agents = ordered.flatMap((h) =>
    (h.detail?.agents ?? []).map((a) => ({
      host: h.host,
      agent: a,
      attach: moved(a) ? `ssh -t ${h.host} ${sudoFor(h.detail?.tmuxUser)}tmux attach -t ${o.session}:${a.window}` : '',
    })),
  );
  const parts = [
    ...(agents.length ? [renderFitTable(AGENT_COLUMNS, agents, o.table), ''] : []),
    renderFitTable(HOST_COLUMNS, ordered, o.table),
  ];
  return `${parts.join('\n')}\n${summaryLine(outcomes)}\n`;
}
