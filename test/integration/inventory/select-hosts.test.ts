import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pMap from 'p-map';
import { UsageError } from '../../../src/core/errors.js';
import { loadInventory, type Inventory } from '../../../src/inventory/load-inventory.js';
import { selectHosts } from '../../../src/inventory/select-hosts.js';
import { ansibleListHosts, requireAnsible } from '../../helpers/ansible.js';

let ansible: ReturnType<typeof requireAnsible>;
let dir: string;
before(() => {
  ansible = requireAnsible();
  dir = mkdtempSync(join(tmpdir(), 'wezfleet-patterns-'));
});
after(() => {
  ansible.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const INVENTORIES = {
  'nested.ini': `bastion
[web]
web[01:04]
[db]
db1
db2
[gpu]
web02
gpu1
[prod:children]
web
gpu
[edge:children]
prod
`,
  'nested.yml': `all:
  hosts:
    jump:
  children:
    eu:
      children:
        eu_web:
          hosts:
            eu-web-[a:c]:
        eu_db:
          hosts:
            eu-db-1:
    us:
      hosts:
        us-web-1:
        eu-web-b:
      vars:
        ansible_user: ops
    "10.0.0.5":
      hosts:
        10.0.0.5:
`,
};

const PATTERNS = [
  'all',
  '*',
  'a*',
  'web',
  'web[0]',
  'web[-1]',
  'web[1:2]',
  'web[2:]',
  'web[2:0]',
  'web[9]',
  'prod[0:3]',
  'edge[3:4]',
  'all[0:2]',
  'all[-1]',
  'ungrouped',
  '~web0[12]',
  '~(web|db)1',
  '~eu-',
  'web*[1]',
  'eu*',
  'eu',
  'eu[1]',
  'eu_web[0:1]',
  'us:&eu',
  'us:!eu-web-b',
  '!web',
  'web:&gpu',
  'db,web[0]',
  'web[0:1]:!web01',
  'web0[1-3]',
  '*web-[ab]',
  'eu-web-[!a]',
  'nothing',
  'gpu1',
  '10.0.0.*',
];

const sorted = (names: Iterable<string>) => [...names].sort();

describe('host patterns select what `ansible PATTERN --list-hosts` lists', () => {
  for (const [name, text] of Object.entries(INVENTORIES)) {
    it(`${name}: ${PATTERNS.length} patterns, both readers, and the order of all`, async () => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const readers = [loadInventory(file, { ansibleInventory: false }), loadInventory(file, { ansibleInventory: ansible.inventoryBin })];
      const expected = await pMap(PATTERNS, (p) => ansibleListHosts(ansible.env, file, p), { concurrency: 8 });
      assert.deepEqual(readers[0]!.allHosts, expected[0], 'the order of all');
      for (const inv of readers) {
        PATTERNS.forEach((p, i) => assertSelects(inv, { patterns: [p] }, expected[i], p));
      }
    });
  }

  it('--limit narrows a pattern, as ansible PATTERN --limit LIMIT does; @FILE reads one pattern a line', async () => {
    const file = join(dir, 'nested.ini');
    writeFileSync(file, INVENTORIES['nested.ini']);
    const limitFile = join(dir, 'retry');
    writeFileSync(limitFile, 'web01\n\n  gpu1  \nweb[3]\n');
    const cases: [string, string][] = [
      ['prod', 'web[0:1]'],
      ['all', '!web'],
      ['web', 'gpu'],
      ['edge', `@${limitFile}`],
      ['all', `@${limitFile}:!gpu1`],
    ];
    const inv = loadInventory(file, { ansibleInventory: false });
    for (const [pattern, limit] of cases) {
      const expected = await ansibleListHosts(ansible.env, file, pattern, limit);
      assertSelects(inv, { patterns: [pattern], limits: [limit] }, expected, `${pattern} --limit ${limit}`);
    }
  });
});

function assertSelects(inv: Inventory, selection: Parameters<typeof selectHosts>[1], expected: string[] | undefined, what: string): void {
  if (!expected?.length) {
    // Ansible warns of a pattern that matches nothing and goes on; wezfleet refuses, naming it.
    assert.throws(() => selectHosts(inv, selection), UsageError, `${what} (${inv.reader}): Ansible ignores a pattern or selects none`);
    return;
  }
  let got: string[];
  try {
    got = selectHosts(inv, selection).map((h) => h.name);
  } catch (err) {
    assert.fail(
      `${what} (${inv.reader}): Ansible selects ${expected.join(' ')}; wezfleet: ${String(err)} ${(err as UsageError).issues?.join('; ')}`,
    );
  }
  assert.deepEqual(sorted(got), sorted(expected), `${what} (${inv.reader})`);
}
