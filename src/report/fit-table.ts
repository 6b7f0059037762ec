/**
 * One line per row, sized to the terminal: the layout every per-host table uses. Unlike a boxed
 * table, nothing is wrapped onto a second line (a path or fingerprint split over two lines cannot be
 * copied); what does not fit is dropped (whole columns, least useful first) or cut at a word with an
 * ellipsis, and `--wide` or `--json` shows everything. Linear in rows: 30,000 hosts render in well
 * under a second, where cli-table3 took seconds.
 */
export interface Column<R> {
  head: string;
  cell(row: R): string;
  /** When the terminal is too narrow, columns with the highest rank go first; unset: never dropped. */
  drop?: number;
  /** Shown only with --wide. */
  wideOnly?: boolean;
  /** Takes the width the others leave (notes, reasons); the last column. */
  fill?: boolean;
  align?: 'right';
  /** Never cut (a host name, a command to copy): the other columns give way first, and the line may run over. */
  whole?: boolean;
  /** Colour for a cell's text (an SGR code such as 31), when colour is on. */
  colour?(row: R): number | undefined;
}

export interface TableLayout {
  /** Columns available; undefined: no limit (into a pipe). */
  width?: number;
  /** Every column, nothing cut. */
  wide?: boolean;
  colour: boolean;
}

const GAP = 2;
/** Below this, a fill column is not worth keeping others for: drop columns first. */
const FILL_MIN = 30;
const SHRINK_MIN = 6;

/** A cell's text on one line: line breaks inside a value become "; ". */
function oneLine(text: string): string {
  return text.includes('\n') || text.includes('\t')
    ? text
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
        .join('; ')
        .replace(/\t/g, ' ')
    : text;
}

/** At most `width` characters: whole words and an ellipsis where there is a space to cut at. */
export function truncateText(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  const head = chars.slice(0, width - 1).join('');
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space).trimEnd() : head) + '…';
}

const length = (s: string) => (/[^\x20-\x7e]/.test(s) ? [...s].length : s.length);

/** Widths for the shown columns, or undefined where there is no limit. */
function fitWidths(natural: number[], cols: Column<unknown>[], width: number): { keep: boolean[]; widths: number[] } {
  const keep = cols.map(() => true);
  const widths = [...natural];
  const total = () =>
    widths.reduce((sum, w, i) => sum + (keep[i] ? (cols[i]!.fill && !cols[i]!.whole ? Math.min(w, FILL_MIN) : w) + GAP : 0), 0) - GAP;
  const droppable = cols
    .map((c, i) => ({ rank: c.drop, i }))
    .filter((x): x is { rank: number; i: number } => x.rank !== undefined)
    .sort((a, b) => b.rank - a.rank);
  for (const { i } of droppable) {
    if (total() <= width) break;
    keep[i] = false;
  }
  // Still too wide: shrink the widest columns, a character at a time, down to a floor.
  while (total() > width) {
    let widest = -1;
    for (let i = 0; i < cols.length; i++)
      if (keep[i] && !cols[i]!.fill && !cols[i]!.whole && widths[i]! > SHRINK_MIN && (widest < 0 || widths[i]! > widths[widest]!))
        widest = i;
    if (widest < 0) break;
    widths[widest]!--;
  }
  const fill = cols.findIndex((c, i) => c.fill && keep[i]);
  if (fill >= 0 && cols[fill]!.whole) widths[fill] = natural[fill]!;
  else if (fill >= 0) {
    const others = widths.reduce((sum, w, i) => sum + (keep[i] && i !== fill ? w + GAP : 0), 0);
    widths[fill] = Math.max(Math.min(natural[fill]!, width - others), Math.min(natural[fill]!, SHRINK_MIN));
  }
  return { keep, widths };
}

export function renderFitTable<R>(columns: readonly Column<R>[], rows: readonly R[], layout: TableLayout): string {
  let cols = columns.filter((c) => layout.wide || !c.wideOnly);
  let cells = rows.map((r) => cols.map((c) => oneLine(c.cell(r))));
  // A column empty on every row says nothing (a backup column when nothing was written).
  if (!layout.wide) {
    const used = cols.map((c, i) => c.fill || cells.some((row) => row[i] !== ''));
    if (used.includes(false)) {
      cols = cols.filter((_, i) => used[i]);
      cells = cells.map((row) => row.filter((_, i) => used[i]));
    }
  }
  const natural = cols.map((c, i) => cells.reduce((m, row) => Math.max(m, length(row[i]!)), length(c.head)));
  const limit = layout.wide ? undefined : layout.width;
  const { keep, widths } = limit === undefined ? { keep: cols.map(() => true), widths: natural } : fitWidths(natural, cols, limit);
  const shown = cols.map((_, i) => i).filter((i) => keep[i]);
  const last = shown[shown.length - 1];
  const line = (texts: string[], colours: (number | undefined)[]) =>
    shown
      .map((i) => {
        const w = widths[i]!;
        const text = truncateText(texts[i]!, w);
        const pad = ' '.repeat(Math.max(0, w - length(text)));
        const padded = cols[i]!.align === 'right' ? pad + text : i === last ? text : text + pad;
        const sgr = layout.colour ? colours[i] : undefined;
        return sgr === undefined || !text ? padded : padded.replace(text, `\x1b[${sgr}m${text}\x1b[39m`);
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const out = [
    line(
      cols.map((c) => c.head),
      cols.map(() => (layout.colour ? 36 : undefined)),
    ),
  ];
  rows.forEach((r, n) =>
    out.push(
      line(
        cells[n]!,
        cols.map((c) => c.colour?.(r)),
      ),
    ),
  );
  return out.join('\n');
}
