import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findInventorySource } from '../../../src/inventory/find-inventory.js';

let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), 'wezfleet-find-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('findInventorySource: what -i names', () => {
  const find = (flag: string) => findInventorySource(flag, dir, {});

  it('an existing file, even one named like a host or with a comma', () => {
    for (const name of ['hosts', 'gpu-01', 'a,b']) {
      writeFileSync(join(dir, name), '');
      assert.deepEqual(find(name), { kind: 'path', path: join(dir, name) });
    }
  });

  it("text with a comma is Ansible's host list; one word that could be a host is that host", () => {
    assert.deepEqual(find('web1,web2'), { kind: 'hosts', text: 'web1,web2', single: false });
    assert.deepEqual(find('web1,'), { kind: 'hosts', text: 'web1,', single: false });
    for (const word of ['gpu-02', 'ops@10.0.0.5:2222', 'db.example.com'])
      assert.deepEqual(find(word), { kind: 'hosts', text: word, single: true }, word);
  });

  it('a missing file is said to be missing, not taken for a host', () => {
    for (const flag of ['missing.yaml', 'inv/hosts', './nothere', '~/inventory', 'prod.ini', 'hosts.example'])
      assert.throws(() => find(flag), new RegExp(`inventory ${flag.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} does not exist`), flag);
  });
});
