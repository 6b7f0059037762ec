import Table from 'cli-table3';

/** A cli-table3 table without colour codes unless the output is a terminal. */
export function makeTable(head: string[], colour: boolean): Table.Table {
  return new Table({
    head,
    style: colour ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
    wordWrap: true,
  }) as Table.Table;
}
