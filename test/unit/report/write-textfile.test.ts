import assert from 'node:assert/strict';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { writeFileAtomically } from '../../../src/report/write-textfile.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-textfile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomically (the Prometheus textfile)', () => {
  it('writes the file whole, and leaves no temp file', () => {
    const file = join(dir, 'a.prom');
    writeFileAtomically(file, 'x 1\n');
    writeFileAtomically(file, 'x 2\n');
    assert.equal(readFileSync(file, 'utf8'), 'x 2\n');
    assert.deepEqual(readdirSync(dir), ['a.prom']);
  });

  it('replaces a link planted at its name, never what the link points to', () => {
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'precious\n');
    const file = join(dir, 'b.prom');
    symlinkSync(victim, file);
    // The old temp name was FILE.PID.tmp: a link planted there was written through.
    symlinkSync(victim, `${file}.${process.pid}.tmp`);
    writeFileAtomically(file, 'x 1\n');
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
    assert.ok(lstatSync(file).isFile());
    assert.equal(readFileSync(file, 'utf8'), 'x 1\n');
  });

  it('names the file and the cause when it cannot write', () => {
    assert.throws(() => writeFileAtomically(join(dir, 'missing', 'c.prom'), 'x'), /cannot write .*c\.prom \(ENOENT/);
  });
});
