import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openSync, closeSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tableLayoutFor, tableWidth } from '../../../src/cli/table-layout.js';

describe('tableWidth', () => {
  it("takes a terminal's own width before COLUMNS", () => {
    assert.equal(tableWidth({ isTTY: true, columns: 132 }, { COLUMNS: '90' }), 132);
  });

  it('takes COLUMNS where the stream does not say', () => {
    assert.equal(tableWidth({ isTTY: false }, { COLUMNS: '120' }), 120);
    assert.equal(tableWidth({ isTTY: true }, { COLUMNS: '200' }), 200);
  });

  it('sets no limit into a pipe, and 80 into a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wezfleet-width-'));
    const file = openSync(join(dir, 'out'), 'w');
    try {
      assert.equal(tableWidth({ fd: file }, {}), 80);
    } finally {
      closeSync(file);
    }
    const fifo = fifoFd();
    try {
      assert.equal(tableWidth({ fd: fifo }, {}), undefined);
    } finally {
      closeSync(fifo);
    }
  });

  it('shows everything with --wide or -v', () => {
    assert.equal(tableLayoutFor({ isTTY: true, columns: 80 }, { colour: false, wide: true }, {}).wide, true);
    assert.equal(tableLayoutFor({ isTTY: true, columns: 80 }, { colour: false, verbose: true }, {}).wide, true);
    assert.equal(tableLayoutFor({ isTTY: true, columns: 80 }, { colour: false }, {}).wide, false);
  });
});

/** The read end of a FIFO (opened read-write so the open does not wait for a writer). */
function fifoFd(): number {
  const path = join(mkdtempSync(join(tmpdir(), 'wezfleet-fifo-')), 'fifo');
  execFileSync('mkfifo', [path]);
  return openSync(path, 'r+');
}
