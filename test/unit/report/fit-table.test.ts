import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderFitTable, truncateText, type Column } from '../../../src/report/fit-table.js';

interface Row {
  host: string;
  status: string;
  path: string;
  notes: string;
}

const COLUMNS: Column<Row>[] = [
  { head: 'host', cell: (r) => r.host },
  { head: 'status', cell: (r) => r.status, colour: (r) => (r.status === 'failed' ? 31 : undefined) },
  { head: 'config', cell: (r) => r.path, drop: 2 },
  { head: 'detail', cell: () => 'x', wideOnly: true },
  { head: 'time', cell: () => '1.2 s', align: 'right', drop: 1 },
  { head: 'notes', cell: (r) => r.notes, fill: true },
];

const ROWS: Row[] = [
  {
    host: 'gpu-01.example.internal',
    status: 'failed',
    path: '/home/agent/.config/wezterm/wezterm.lua',
    notes: 'host key for gpu-01 changed: SHA256:Hx0Zy8J2d7kGqQn0C3uUu0Tq0YwB3i0e0KJ4fF6v0wM\nfix: check it, then ssh-keygen -R gpu-01',
  },
  { host: 'gpu-02', status: 'unchanged', path: '/root/.wezterm.lua', notes: '' },
];

const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('truncateText', () => {
  it('keeps text that fits, and cuts longer text at a word with an ellipsis', () => {
    assert.equal(truncateText('run wezfleet restart', 20), 'run wezfleet restart');
    assert.equal(truncateText('run wezfleet restart now', 20), 'run wezfleet…');
  });

  it('cuts a single word longer than the column only because nothing else fits', () => {
    assert.equal(truncateText('SHA256:Hx0Zy8J2d7kGqQn0C3uUu0Tq0YwB3i0e0KJ4fF6v0wM', 10), 'SHA256:Hx…');
  });
});

describe('renderFitTable', () => {
  for (const width of [80, 120, 200]) {
    it(`gives each row one line no wider than ${width} columns`, () => {
      const lines = renderFitTable(COLUMNS, ROWS, { width, colour: false }).split('\n');
      assert.equal(lines.length, ROWS.length + 1);
      for (const line of lines) assert.ok(line.length <= width, `${line.length} > ${width}: ${line}`);
      assert.match(lines[1]!, /^gpu-01\.example\.internal +failed/);
      // The reason stays on its host's line, joined, not wrapped onto the next.
      assert.match(lines[1]!, /host key for gpu-01 changed/);
    });
  }

  it('drops whole columns, highest rank first, before cutting the notes short', () => {
    const narrow = renderFitTable(COLUMNS, ROWS, { width: 80, colour: false }).split('\n')[0]!;
    assert.doesNotMatch(narrow, /config/);
    assert.match(narrow, /time/);
    const roomy = renderFitTable(COLUMNS, ROWS, { width: 250, colour: false });
    assert.match(roomy, /\/home\/agent\/\.config\/wezterm\/wezterm\.lua/);
    assert.match(roomy, /ssh-keygen -R gpu-01/);
  });

  it('never splits a fingerprint or path across lines, and cuts only at a word', () => {
    const text = renderFitTable(COLUMNS, ROWS, { width: 80, colour: false });
    const row = text.split('\n')[1]!;
    assert.match(row, /…$/);
    // Either the whole fingerprint is there or none of it.
    assert.ok(row.includes('SHA256:Hx0Zy8J2d7kGqQn0C3uUu0Tq0YwB3i0e0KJ4fF6v0wM') || !row.includes('SHA256'), row);
  });

  it('shows every column and every character with --wide or without a width (a pipe)', () => {
    for (const layout of [{ wide: true, width: 80, colour: false }, { colour: false }]) {
      const text = renderFitTable(COLUMNS, ROWS, layout);
      assert.match(text, /SHA256:Hx0Zy8J2d7kGqQn0C3uUu0Tq0YwB3i0e0KJ4fF6v0wM; fix: check it, then ssh-keygen -R gpu-01/);
      assert.match(text, /\/home\/agent\/\.config\/wezterm\/wezterm\.lua/);
    }
    assert.match(renderFitTable(COLUMNS, ROWS, { wide: true, colour: false }), /detail/);
    assert.doesNotMatch(renderFitTable(COLUMNS, ROWS, { colour: false }), /detail/);
  });

  it('leaves out a column that is empty on every row', () => {
    const rows = ROWS.map((r) => ({ ...r, path: '' }));
    assert.doesNotMatch(renderFitTable(COLUMNS, rows, { colour: false }), /config/);
  });

  it('colours without counting the colour codes as width', () => {
    const coloured = renderFitTable(COLUMNS, ROWS, { width: 80, colour: true });
    assert.match(coloured, /\x1b\[31mfailed\x1b\[39m/);
    assert.deepEqual(plain(coloured), renderFitTable(COLUMNS, ROWS, { width: 80, colour: false }));
  });

  it('aligns numbers to the right', () => {
    const lines = renderFitTable(COLUMNS, ROWS, { width: 200, colour: false }).split('\n');
    const end = lines[0]!.indexOf('time') + 'time'.length;
    assert.equal(lines[1]!.slice(end - 5, end), '1.2 s');
  });
});
