import { isOk, type HostOutcome, type HostStatus } from '../core/outcome.js';
import type { Column } from './fit-table.js';
import { formatDuration, problemText } from './summary.js';

/** SGR colours for a status: red where something went wrong, yellow where wezfleet held back. */
const STATUS_COLOUR: Partial<Record<HostStatus, number>> = {
  failed: 31,
  unreachable: 31,
  unknown: 31,
  refused: 33,
  'would-change': 33,
  changed: 32,
};

type Outcome = HostOutcome<unknown>;

export const hostColumn = <R extends { host: string }>(): Column<R> => ({ head: 'host', cell: (r) => r.host, whole: true });

export const statusColumn = <R extends Outcome>(head = 'status', text: (r: R) => string = (r) => r.status): Column<R> => ({
  head,
  cell: text,
  colour: (r) => STATUS_COLOUR[r.status],
});

export const timeColumn = <R extends Outcome>(drop: number): Column<R> => ({
  head: 'time',
  cell: (r) => formatDuration(r.durationMs),
  align: 'right',
  drop,
});

export const transportColumn = <R extends Outcome>(): Column<R> => ({
  head: 'via',
  cell: (r) => r.transport ?? '',
  wideOnly: true,
});

/**
 * The last column: for a host that is not ok, why and what to do (its reason on its own line of
 * the table); for the others, what the command adds.
 */
export const notesColumn = <R extends Outcome>(ok: (r: R) => string[]): Column<R> => ({
  head: 'notes',
  cell: (r) => (isOk(r) ? ok(r) : [problemText(r)]).filter(Boolean).join('\n'),
  fill: true,
});
