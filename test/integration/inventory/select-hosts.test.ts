import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadInventory } from '../../../src/inventory/load-inventory.js';
import { ansibleConnections, ansibleListHosts, askAnsible, assertSelectsAsAnsible, requireAnsible } from '../../helpers/ansible.js';

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

describe('host patterns select what `ansible PATTERN --list-hosts` lists', () => {
  for (const [name, text] of Object.entries(INVENTORIES)) {
    it(`${name}: ${PATTERNS.length} patterns, both readers, and the order of all`, async () => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const readers = [loadInventory(file, { ansibleInventory: false }), loadInventory(file, { ansibleInventory: ansible.inventoryBin })];
      const expected = askAnsible(
        ansible.env,
        file,
        PATTERNS.map((p) => [p, null]),
      ).lists;
      assert.deepEqual(readers[0]!.allHosts, expected[0], 'the order of all');
      for (const inv of readers) {
        PATTERNS.forEach((p, i) => assertSelectsAsAnsible(inv, { patterns: [p] }, expected[i], p));
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
    const expected = askAnsible(ansible.env, file, cases).lists;
    cases.forEach(([pattern, limit], i) =>
      assertSelectsAsAnsible(inv, { patterns: [pattern], limits: [limit] }, expected[i], `${pattern} --limit ${limit}`),
    );
  });

  it('ask-ansible.py answers as the ansible command does', async () => {
    const file = join(dir, 'templated.ini');
    writeFileSync(
      file,
      `${INVENTORIES['nested.ini']}[web:vars]\nansible_user="{{ admin }}"\nadmin=ops\n[db:vars]\nansible_host="{{ nowhere }}"\n[gpu:vars]\nansible_port="{{ 2200 | int }}"\n`,
    );
    const cases: [string, string | null][] = [
      ['all', null],
      ['web[1:]', null],
      ['~(web|db)1', null],
      ['nothing', null],
      ['edge', 'web[0:1]'],
      ['all', '!web'],
    ];
    const asked = askAnsible(ansible.env, file, cases);
    for (const [i, [pattern, limit]] of cases.entries())
      assert.deepEqual(asked.lists[i], await ansibleListHosts(ansible.env, file, pattern, limit ?? undefined), `${pattern} ${limit}`);
    assert.deepEqual(asked.connections, await ansibleConnections(ansible.env, file));
    assert.deepEqual(asked.connections.get('gpu1'), { address: 'gpu1', port: 2200 });
    assert.equal(asked.connections.has('db1'), false, 'an undefined variable fails the host');
  });
});
