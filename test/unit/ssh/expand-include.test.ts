import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expandInclude } from '../../../src/ssh/expand-include.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-include-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('Include patterns as glob(3) expands them for ssh', () => {
  it('sorts bytewise, skips dot files for *, and finds nothing in a missing directory', () => {
    mkdirSync(join(dir, 'd'));
    for (const f of ['b.conf', 'B.conf', 'a.conf', '.a.conf', 'a.txt']) writeFileSync(join(dir, 'd', f), '');
    assert.deepEqual(expandInclude(`${dir}/d/*.conf`, true), { files: ['B.conf', 'a.conf', 'b.conf'].map((f) => join(dir, 'd', f)) });
    assert.deepEqual(expandInclude(`${dir}/d/.*.conf`, true), { files: [join(dir, 'd', '.a.conf')] });
    assert.deepEqual(expandInclude(`${dir}/missing/*`, true), { files: [] });
    assert.deepEqual(expandInclude(`${dir}/d/none.conf`, true), { files: [] });
  });

  it('leaves to ssh what glob reads its own way, and what ssh refuses', () => {
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    for (const [pattern, user] of [
      [`${dir}/*/a.conf`, true],
      [`${dir}/d/[ab].conf`, true],
      ['~root/x', true],
      ['~/x', false],
      [`${dir}/dangling`, true],
    ] as const) {
      assert.ok('uncertain' in expandInclude(pattern, user), pattern);
    }
  });
});
