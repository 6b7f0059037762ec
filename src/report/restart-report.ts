import { isOk, type HostOutcome } from '../core/outcome.js';
import { describeAgents, type RestartDetail } from '../host/restart-host.js';
import { makeTable, wrapCell } from './table.js';
import { formatDuration, problemText, successesFirst, summaryLine } from './summary.js';

export function renderRestartReport(outcomes: readonly HostOutcome<RestartDetail>[], colour: boolean): string {
  const table = makeTable(['host', 'status', 'old pid', 'new pid', 'how', 'agents killed', 'time', 'notes'], colour);
  for (const h of successesFirst(outcomes)) {
    const d = h.detail;
    table.push([
      h.host,
      h.status,
      d?.oldPid === undefined ? (isOk(h) ? '(none running)' : '') : String(d.oldPid),
      d?.newPid === undefined ? '' : String(d.newPid),
      d?.via ? d.via + (d.killed ? ' (SIGKILL needed)' : '') : '',
      isOk(h) && d?.agents?.length ? `${d.agents.length} (${describeAgents(d.agents)})` : '',
      formatDuration(h.durationMs),
      wrapCell(isOk(h) ? (h.notes ?? []).join('\n') : problemText(h)),
    ]);
  }
  return `${table.toString()}\n${summaryLine(outcomes)}\n`;
}
