import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../../../src/core/errors.js';
import { loadInventory } from '../../../src/inventory/load-inventory.js';
import { GOOD_INVENTORY } from '../../fixtures/inventories.js';
import { selectHosts } from '../../../src/inventory/select-hosts.js';
import { splitPatterns } from '../../../src/inventory/split-patterns.js';

let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), 'wezfleet-inv-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const GOOD = GOOD_INVENTORY;

describe('selectHosts (--limit)', () => {
  const inv = () => loadInventory(write('sel.yaml', GOOD));
  const names = (limits: string[]) => selectHosts(inv(), { limits }).map((h) => h.name);

  it('selects by name, glob, tag and group, minus exclusions', () => {
    assert.deepEqual(names([]), ['gpu-01', 'gpu-02', 'build-01']);
    assert.deepEqual(names(['gpu-*']), ['gpu-01', 'gpu-02']);
    assert.deepEqual(names(['tag:a100']), ['gpu-01']);
    assert.deepEqual(names(['group:builders', 'gpu-02']), ['gpu-02', 'build-01']);
    assert.deepEqual(names(['tag:gpu,!gpu-01']), ['gpu-02']);
    assert.deepEqual(names(['!group:canary']), ['gpu-02', 'build-01']);
  });

  it("reads Ansible's patterns: a bare group name, :&intersection, :!exclusion", () => {
    assert.deepEqual(names(['builders']), ['build-01']);
    assert.deepEqual(names(['canary:builders']), ['gpu-01', 'build-01']);
    assert.deepEqual(names(['tag:gpu:&canary']), ['gpu-01']);
    assert.deepEqual(names(['gpu-*:!gpu-02']), ['gpu-01']);
    assert.deepEqual(names(['all:!group:builders']), ['gpu-01', 'gpu-02']);
    assert.deepEqual(splitPatterns(['web:&gpu,!web03', 'tag:a:!group:b']), ['web', '&gpu', '!web03', 'tag:a', '!group:b']);
  });

  it('refuses a pattern that matches nothing, and an empty selection', () => {
    assert.throws(
      () => names(['gpu-9*']),
      (e: unknown) => e instanceof UsageError && e.issues[0] === '--limit gpu-9*: no host, tag or group matches',
    );
    assert.throws(() => names(['gpu-01', '!tag:gpu']), /leaves no host/);
  });
});
