import { isOk, type HostOutcome, type HostStatus } from '../core/outcome.js';

export type StatusCounts = Partial<Record<HostStatus, number>>;

/** Successes first, then the rest: the order counts are printed in. */
const ORDER: HostStatus[] = ['changed', 'would-change', 'unchanged', 'ok', 'refused', 'failed', 'unknown', 'unreachable', 'skipped'];

export function countStatuses(outcomes: readonly HostOutcome<unknown>[]): StatusCounts {
  const counts: StatusCounts = {};
  for (const status of ORDER) {
    const n = outcomes.filter((o) => o.status === status).length;
    if (n) counts[status] = n;
  }
  return counts;
}

/** "3 hosts: 2 changed, 1 failed". */
export function summaryLine(outcomes: readonly HostOutcome<unknown>[]): string {
  const counts = countStatuses(outcomes);
  const parts = Object.entries(counts).map(([status, n]) => `${n} ${status}`);
  const hosts = outcomes.length === 1 ? '1 host' : `${outcomes.length} hosts`;
  return `${hosts}: ${parts.join(', ') || 'nothing to do'}`;
}

/** Successes first, then the rest; each group in inventory order. */
export function successesFirst<T extends HostOutcome<unknown>>(outcomes: readonly T[]): T[] {
  return [...outcomes.filter(isOk), ...outcomes.filter((o) => !isOk(o))];
}

/** Where each status goes in a table: what needs a look first, then what changed, then the rest. */
const TABLE_ORDER: Record<HostStatus, number> = {
  failed: 0,
  unreachable: 0,
  unknown: 0,
  refused: 0,
  changed: 1,
  'would-change': 1,
  unchanged: 2,
  ok: 2,
  skipped: 2,
};

/** Failed and refused hosts first, then changed, then the rest; each group in inventory order. */
export function problemsFirst<T extends HostOutcome<unknown>>(outcomes: readonly T[]): T[] {
  const groups: T[][] = [[], [], []];
  for (const o of outcomes) groups[TABLE_ORDER[o.status]]!.push(o);
  return groups.flat();
}

/** Why a host is not ok, what to do about it, and what its connection said: one text for every table. */
export function problemText(o: Extract<HostOutcome<unknown>, { reason: string }>): string {
  return [o.reason, o.fix ? `fix: ${o.fix}` : '', ...(o.notes ?? [])].filter(Boolean).join('\n');
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
