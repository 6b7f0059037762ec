import { isOk, type HostOutcome } from '../core/outcome.js';
import { describeAgents, type RestartDetail } from '../host/restart-host.js';
import { renderFitTable, type Column, type TableLayout } from './fit-table.js';
import { hostColumn, notesColumn, statusColumn, timeColumn, transportColumn } from './host-columns.js';
import { problemsFirst, summaryLine } from './summary.js';

type Row = HostOutcome<RestartDetail>;

const RESTART_COLUMNS: Column<Row>[] = [
  hostColumn(),
  statusColumn(),
  { head: 'old pid', cell: (h) => (h.detail?.oldPid === undefined ? (isOk(h) ? '(none running)' : '') : String(h.detail.oldPid)), drop: 3 },
  { head: 'new pid', cell: (h) => (h.detail?.newPid === undefined ? '' : String(h.detail.newPid)), drop: 2 },
  { head: 'how', cell: (h) => (h.detail?.via ? h.detail.via + (h.detail.killed ? ' (SIGKILL needed)' : '') : ''), drop: 4 },
  {
    head: 'agents killed',
    cell: (h) => (isOk(h) && h.detail.agents?.length ? `${h.detail.agents.length} (${describeAgents(h.detail.agents)})` : ''),
    drop: 1,
  },
  timeColumn(5),
  transportColumn(),
  notesColumn((h) => h.notes ?? []),
];

export function renderRestartReport(outcomes: readonly Row[], table: TableLayout): string {
  return `${renderFitTable(RESTART_COLUMNS, problemsFirst(outcomes), table)}\n${summaryLine(outcomes)}\n`;
}
