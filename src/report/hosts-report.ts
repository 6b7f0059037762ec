import { renderFitTable, type Column, type TableLayout } from './fit-table.js';

/** One inventory host as it will be reached, after ssh_config. */
export interface HostRow {
  name: string;
  hostname: string;
  port: number;
  user: string;
  proxyJump: string[];
  tags: string[];
  groups: string[];
  ram?: number;
  profile?: unknown;
  config?: string;
  sudo: string | false;
}

/** A host the inventory names but that cannot be worked on, and why. */
export interface UnusableRow {
  name: string;
  groups: string[];
  unusable: string;
}

type Row = { kind: 'usable'; host: HostRow } | { kind: 'unusable'; host: UnusableRow };

const usable = (f: (h: HostRow) => string) => (r: Row) => (r.kind === 'usable' ? f(r.host) : '');

const HOSTS_COLUMNS: Column<Row>[] = [
  { head: 'host', cell: (r) => r.host.name, whole: true },
  {
    head: 'address',
    cell: (r) => (r.kind === 'usable' ? `${r.host.hostname}:${r.host.port}` : 'unusable'),
    colour: (r) => (r.kind === 'unusable' ? 31 : undefined),
  },
  { head: 'user', cell: usable((h) => h.user), drop: 2 },
  { head: 'via', cell: usable((h) => h.proxyJump.join(' -> ')), drop: 3 },
  { head: 'ram', cell: usable((h) => (h.ram === undefined ? 'detect' : `${h.ram} GiB`)), drop: 4 },
  { head: 'sudo', cell: usable((h) => (h.sudo === false ? '' : `as ${h.sudo}`)), drop: 5 },
  { head: 'tags', cell: usable((h) => h.tags.join(', ')), drop: 6 },
  { head: 'groups', cell: (r) => (r.kind === 'usable' ? r.host.groups : r.host.groups).join(', '), fill: true },
];

/** The selection as a table, unusable hosts (with their group) after the others, then the count. */
export function renderHostsReport(rows: readonly HostRow[], unusable: readonly UnusableRow[], source: string, table: TableLayout): string {
  const all: Row[] = [
    ...rows.map((host) => ({ kind: 'usable' as const, host })),
    ...unusable.map((host) => ({ kind: 'unusable' as const, host })),
  ];
  const n = all.length;
  return `${renderFitTable(HOSTS_COLUMNS, all, table)}\n${n} host${n === 1 ? '' : 's'} selected from ${source}\n`;
}
