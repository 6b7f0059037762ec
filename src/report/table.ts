import Table from 'cli-table3';

/** No box: a key-value table (the settings) stays within 80 columns and copies cleanly. */
const NO_BOX = Object.fromEntries(
  [
    'top',
    'top-mid',
    'top-left',
    'top-right',
    'bottom',
    'bottom-mid',
    'bottom-left',
    'bottom-right',
    'left',
    'left-mid',
    'mid',
    'mid-mid',
    'right',
    'right-mid',
  ].map((k) => [k, '']),
);

/**
 * A small fixed table (a host's settings) with cli-table3, without colour codes unless the output
 * is a terminal. Per-host tables use fit-table.ts, which sizes them to the terminal.
 */
export function makeTable(head: string[], colour: boolean): Table.Table {
  return new Table({
    head,
    chars: { ...NO_BOX, middle: '  ' },
    style: { 'padding-left': 0, 'padding-right': 0, ...(colour ? { head: ['cyan'], border: [] } : { head: [], border: [] }) },
  });
}
