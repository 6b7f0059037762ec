import { isOk, type HostOutcome } from '../core/outcome.js';
import type { RestoreDetail } from '../host/restore-host.js';
import { renderFitTable, type Column, type TableLayout } from './fit-table.js';
import { hostColumn, notesColumn, statusColumn, timeColumn, transportColumn } from './host-columns.js';
import { problemsFirst, summaryLine } from './summary.js';

type Row = HostOutcome<RestoreDetail>;
interface BackupRow {
  host: string;
  config: string;
  id: string;
  path: string;
}

const BACKUP_COLUMNS: Column<BackupRow>[] = [
  hostColumn(),
  { head: 'config', cell: (r) => r.config, drop: 1 },
  { head: 'backup id', cell: (r) => r.id },
  { head: 'path', cell: (r) => r.path, fill: true },
];

export function renderBackupList(outcomes: readonly Row[], table: TableLayout): string {
  const rows = problemsFirst(outcomes).flatMap((h): BackupRow[] => {
    if (!isOk(h)) return [{ host: h.host, config: '', id: h.status, path: h.reason }];
    const config = h.detail.config;
    if (!h.detail.backups.length) return [{ host: h.host, config, id: '(none)', path: '' }];
    return [...h.detail.backups].reverse().map((b) => ({
      host: h.host,
      config,
      id: b.id,
      path: b.absent ? `${b.path} (no file was there: restoring it removes the config)` : b.path,
    }));
  });
  return `${renderFitTable(BACKUP_COLUMNS, rows, table)}\n${summaryLine(outcomes)}\n`;
}

const RESTORE_COLUMNS: Column<Row>[] = [
  hostColumn(),
  statusColumn(),
  { head: 'config', cell: (h) => h.detail?.config ?? '', drop: 3 },
  { head: 'restored', cell: (h) => h.detail?.restored ?? '', drop: 1 },
  { head: 'backup of replaced file', cell: (h) => h.detail?.backup ?? '', drop: 4 },
  timeColumn(5),
  transportColumn(),
  notesColumn((h) => h.notes ?? []),
];

export function renderRestoreReport(outcomes: readonly Row[], table: TableLayout): string {
  return `${renderFitTable(RESTORE_COLUMNS, problemsFirst(outcomes), table)}\n${summaryLine(outcomes)}\n`;
}
