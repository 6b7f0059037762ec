import Table from 'cli-table3';

/** A cli-table3 table without colour codes unless the output is a terminal. */
export function makeTable(head: string[], colour: boolean): Table.Table {
  return new Table({
    head,
    style: colour ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
  });
}

/** Text wrapped at spaces to `width` columns (long words broken), so a table stays readable. */
export function wrapCell(text: string, width = 48): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        let w = word;
        while (w.length > width) {
          if (current) out.push(current);
          current = '';
          out.push(w.slice(0, width));
          w = w.slice(width);
        }
        if (!current) current = w;
        else if (current.length + 1 + w.length <= width) current += ` ${w}`;
        else {
          out.push(current);
          current = w;
        }
      }
      out.push(current);
      return out;
    })
    .join('\n');
}
