import type { ApplyDetail } from '../host/apply-host.js';
import { isOk, type HostOutcome } from '../core/outcome.js';
import type { PlanView } from '../host/plan-view.js';
import { SETTING_KEYS, SETTING_SPECS } from '../core/settings.js';
import { colourDiff } from './diff-colour.js';
import { renderFitTable, type Column, type TableLayout } from './fit-table.js';
import { hostColumn, notesColumn, statusColumn, timeColumn, transportColumn } from './host-columns.js';
import { makeTable } from './table.js';
import { problemsFirst, summaryLine } from './summary.js';

type PlanLike = PlanView & Partial<Pick<ApplyDetail, 'backup' | 'reload' | 'restart'>>;

function muxText(v: Partial<PlanLike> | undefined): string {
  if (!v?.reload) return '';
  const restart = v.restart
    ? v.restart.refused
      ? `\n${v.restart.refused}`
      : `\nrestarted: pid ${v.restart.oldPid ?? '-'} -> ${v.restart.newPid}`
    : '';
  return `${v.reload.state}${v.reload.state === 'reload failed' && v.reload.detail ? `: ${v.reload.detail}` : ''}${restart}`;
}

const READ_BY = { mux: 'mux server', 'gui-client': 'GUI client', gui: 'GUI only' } as const;

/** The profile as a table: each key, WezTerm's default, this host's value, and who reads it. */
function renderSettingsTable(view: PlanView, colour: boolean): string {
  const table = makeTable(['setting', 'WezTerm default', 'this host', 'read by'], colour);
  for (const key of SETTING_KEYS) {
    const mark = view.profile.setByHand.includes(key) ? ' (override)' : '';
    table.push([
      key,
      SETTING_SPECS[key].default.toLocaleString('en-US'),
      view.profile.settings[key].toLocaleString('en-US') + mark,
      READ_BY[SETTING_SPECS[key].readBy],
    ]);
  }
  return table.toString();
}

function changeText(o: HostOutcome<PlanLike>): string {
  if (!isOk(o)) return o.status;
  const change = o.detail.config.change;
  if (o.status === 'unchanged') return 'unchanged';
  const verb = o.status === 'would-change' ? 'would ' : '';
  return change === 'create' ? `${verb}create` : `${verb}update`;
}

/** What an ok host's line adds: the plan's warnings, why the mux did not prove a reload, the connection's notes. */
function notes(o: HostOutcome<PlanLike>): string[] {
  const extra = o.notes ?? [];
  if (!isOk(o)) return [];
  const reload = o.detail.reload;
  const why = reload && reload.state !== 'loaded' && reload.state !== 'reload failed' && reload.detail ? [`mux: ${reload.detail}`] : [];
  return [...o.detail.warnings, ...why, ...extra];
}

type Row = HostOutcome<PlanLike>;

/** One line per host; with too few columns, the backup, the path and the time go first. */
function planColumns(showMux: boolean): Column<Row>[] {
  return [
    hostColumn(),
    statusColumn('change', changeText),
    { head: 'RAM', cell: (h) => (h.detail?.ram ? `${h.detail.ram.gib} GiB` : ''), align: 'right', drop: 2 },
    { head: 'RAM from', cell: (h) => h.detail?.ram?.source ?? '', wideOnly: true },
    { head: 'profile', cell: (h) => h.detail?.profile?.basis ?? '', drop: 3 },
    { head: 'drift', cell: (h) => h.detail?.drift ?? '', drop: 4 },
    ...(showMux ? [{ head: 'mux', cell: (h: Row) => muxText(h.detail), drop: 1 }] : []),
    {
      head: 'config',
      cell: (h) =>
        h.detail?.config ? h.detail.config.path + (h.detail.config.symlinkTarget ? ` -> ${h.detail.config.realPath}` : '') : '',
      drop: 6,
    },
    { head: 'backup', cell: (h) => h.detail?.backup ?? '', drop: 7 },
    timeColumn(5),
    transportColumn(),
    notesColumn(notes),
  ];
}

/**
 * Per host: the diff (and the settings table when there is only one host), then one table for all
 * hosts with successes before failures, then the summary line.
 */
export function renderPlanReport(outcomes: readonly HostOutcome<PlanLike>[], o: { table: TableLayout; showDiffs: boolean }): string {
  const out: string[] = [];
  for (const h of outcomes) {
    if (!isOk(h)) {
      const block = (h.detail as { block?: string } | undefined)?.block;
      if (block) out.push(`== ${h.host}: the block to add by hand ==\n${block}`);
      continue;
    }
    const v = h.detail;
    if (outcomes.length === 1) {
      out.push(`== ${h.host}: ${v.ram.gib} GiB RAM (${v.ram.source}), profile ${v.profile.basis} ==`);
      out.push(renderSettingsTable(v, o.table.colour));
    }
    if (o.showDiffs && v.diff) out.push(`== ${h.host}: ${v.config.path} ==\n${o.table.colour ? colourDiff(v.diff) : v.diff}`);
  }
  const showMux = outcomes.some((h) => (h.detail as PlanLike | undefined)?.reload);
  out.push(renderFitTable(planColumns(showMux), problemsFirst(outcomes), o.table));
  out.push(summaryLine(outcomes));
  if (showMux) out.push('No restart is needed: a running mux reloads its config file by itself; "loaded" is proof it did.');
  return out.join('\n') + '\n';
}
