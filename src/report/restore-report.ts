import { isOk, type HostOutcome } from '../core/outcome.js';
import type { RestoreDetail } from '../host/restore-host.js';
import { makeTable, wrapCell } from './table.js';
import { formatDuration, problemText, successesFirst, summaryLine } from './summary.js';

export function renderBackupList(outcomes: readonly HostOutcome<RestoreDetail>[], colour: boolean): string {
  const table = makeTable(['host', 'config', 'backup id', 'path'], colour);
  for (const h of successesFirst(outcomes)) {
    if (!isOk(h)) {
      table.push([h.host, '', h.status, h.reason]);
      continue;
    }
    if (!h.detail.backups.length) table.push([h.host, h.detail.config, '(none)', '']);
    for (const b of [...h.detail.backups].reverse())
      table.push([h.host, h.detail.config, b.id, b.absent ? `${b.path}\n(no file was there: restoring it removes the config)` : b.path]);
  }
  return `${table.toString()}\n${summaryLine(outcomes)}\n`;
}

export function renderRestoreReport(outcomes: readonly HostOutcome<RestoreDetail>[], colour: boolean): string {
  const table = makeTable(['host', 'config', 'restored', 'status', 'backup of replaced file', 'time', 'notes'], colour);
  for (const h of successesFirst(outcomes)) {
    const d = h.detail;
    table.push([
      h.host,
      d?.config ?? '',
      d?.restored ?? '',
      h.status,
      d?.backup ?? '',
      formatDuration(h.durationMs),
      wrapCell(isOk(h) ? '' : problemText(h)),
    ]);
  }
  return `${table.toString()}\n${summaryLine(outcomes)}\n`;
}
