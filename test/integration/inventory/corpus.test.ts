import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packageRoot } from '../../../src/core/assets.js';
import { loadInventory, type Inventory } from '../../../src/inventory/load-inventory.js';
import { askAnsible, assertSelectsAsAnsible, inventoryView, requireAnsible } from '../../helpers/ansible.js';

/**
 * The corpus of real inventories (test/corpus/inventories/SOURCES.md), each read by wezfleet's own
 * reader and through ansible-inventory, against what Ansible says: the hosts
 * (`ansible-inventory --list`), each host's address, port and user with templates resolved
 * and host patterns (`ansible PATTERN --list-hosts`), these two asked of Ansible's own code in one
 * process (test/helpers/ask-ansible.py).
 */
const CORPUS = join(packageRoot(), 'test', 'corpus', 'inventories');

function entries(): { folder: string; inventory: string }[] {
  return readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8')
    .split('\n')
    .filter((l) => /^\| \d\d-/.test(l))
    .map((l) => {
      const [folder, inventory] = l
        .split('|')
        .slice(1, 3)
        .map((c) => c.trim());
      return { folder: folder!, inventory: inventory! };
    });
}

type List = Record<string, { hosts?: string[]; children?: string[] } | undefined>;

/** Whether Ansible lists the group's hosts in a fixed order: past its children, a Python set orders the parents. */
function fixedOrder(list: List, group: string): boolean {
  const seen = new Set([group]);
  let level = [group];
  for (let depth = 0; level.length; depth++) {
    const kids = (g: string) => (list[g]?.children ?? []).filter((c) => !seen.has(c));
    if (depth >= 1 && level.filter((g) => kids(g).length).length > 1) return false;
    const next = [...new Set(level.flatMap(kids))];
    for (const g of next) seen.add(g);
    level = next;
  }
  return true;
}

/** Patterns an operator would try on this inventory: groups, slices, globs, a regex, exclusions. */
function patternsFor(inv: Inventory, list: List): string[] {
  const groups = [...inv.groups.keys()].filter((g) => g !== 'ungrouped').slice(0, 4);
  const slices = (g: string) => (fixedOrder(list, g) ? [`${g}[0]`, `${g}[-1]`, `${g}[1:]`, `${g}[0:1]`] : []);
  const first = inv.hosts[0]?.name;
  return [
    'all',
    '*',
    'ungrouped',
    '~.*1',
    ...slices('all'),
    ...groups.flatMap((g) => [g, `!${g}`, `${g}:&all`, ...slices(g)]),
    ...(groups.length > 1 ? [`${groups[0]}:${groups[1]}`, `${groups[0]}:&${groups[1]}`, `${groups[0]}:!${groups[1]}`] : []),
    ...(first ? [first, `${first.slice(0, 3)}*`, `~${first.slice(0, 2)}`] : []),
  ];
}

let ansible: ReturnType<typeof requireAnsible>;
before(() => (ansible = requireAnsible()));
after(() => ansible.cleanup());

const tally = { inventories: 0, hosts: 0, connections: 0, declined: 0, patterns: 0 };

describe('real inventories: wezfleet reads what Ansible reads', () => {
  it('has at least 15 inventories', () => assert.ok(entries().length >= 15, `${entries().length} in SOURCES.md`));

  for (const { folder, inventory } of entries()) {
    it(folder, async () => {
      const file = join(CORPUS, folder, inventory);
      const list = JSON.parse(
        execFileSync(ansible.inventoryBin, ['-i', file, '--list'], { encoding: 'utf8', env: ansible.env, stdio: 'pipe' }),
      ) as List;
      const listed = new Set(Object.entries(list).flatMap(([g, v]) => (g === '_meta' ? [] : (v?.hosts ?? []))));
      const own = loadInventory(file, { ansibleInventory: false });
      const via = loadInventory(file, { ansibleInventory: ansible.inventoryBin });
      assert.equal(own.reader, 'wezfleet');
      assert.deepEqual(own.hosts.map((h) => h.name).sort(), [...listed].sort(), 'the hosts ansible-inventory lists');
      assert.deepEqual(inventoryView(own), inventoryView(via), "wezfleet's own reader and ansible-inventory agree");

      const patterns = patternsFor(own, list);
      const answers = askAnsible(
        ansible.env,
        file,
        patterns.map((p) => [p, null]),
      );
      // Each host's connection as Ansible resolves it, templates included.
      for (const h of own.hosts) {
        const theirs = answers.connections.get(h.name);
        if (h.unusable) {
          // wezfleet declines what Ansible computes with Jinja (a filter, a lookup); counted, not failed.
          if (theirs) tally.declined++;
          else tally.connections++;
          continue;
        }
        assert.ok(theirs, `${h.name}: wezfleet resolved it, Ansible could not`);
        assert.deepEqual(
          { address: h.address, port: h.port, user: h.user },
          { address: theirs.address, port: theirs.port, user: theirs.user },
          h.name,
        );
        tally.connections++;
      }
      patterns.forEach((p, i) => assertSelectsAsAnsible(own, { patterns: [p] }, answers.lists[i], `${folder}: ${p}`));
      patterns.forEach((p, i) => assertSelectsAsAnsible(via, { patterns: [p] }, answers.lists[i], `${folder}: ${p}`));
      tally.inventories++;
      tally.hosts += own.hosts.length;
      tally.patterns += patterns.length;
    });
  }

  it('sums up', (t) => {
    t.diagnostic(
      `${tally.inventories} inventories, ${tally.hosts} hosts listed as Ansible lists them; ` +
        `${tally.connections} connections as Ansible resolves them, ${tally.declined} declined (Jinja wezfleet does not compute); ` +
        `${tally.patterns} patterns as ansible --list-hosts selects them`,
    );
    assert.equal(tally.inventories, entries().length);
  });
});
