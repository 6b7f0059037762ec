import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Inventory } from '../../../src/inventory/load-inventory.js';
import { matchPattern } from '../../../src/inventory/match-pattern.js';

// web's hosts in Ansible's order; `all` as Ansible lists it.
const inv = {
  file: 'x',
  hosts: ['bastion', 'web01', 'web02', 'web03', 'db1'].map((name) => ({
    name,
    address: name,
    tags: name === 'db1' ? ['sql'] : [],
    groups: [],
  })),
  groups: new Map([
    ['ungrouped', ['bastion']],
    ['web', ['web01', 'web02', 'web03']],
    ['db', ['db1']],
  ]),
  allHosts: ['bastion', 'db1', 'web01', 'web02', 'web03'],
} as unknown as Inventory;

describe("matchPattern: one pattern, as Ansible's _match_one_pattern", () => {
  const m = (p: string) => matchPattern(inv, p);

  it('applies subscripts with the end included, and its quirks', () => {
    assert.deepEqual(m('web[0]'), ['web01']);
    assert.deepEqual(m('web[-1]'), ['web03']);
    assert.deepEqual(m('web[0:1]'), ['web01', 'web02']);
    assert.deepEqual(m('web[1:]'), ['web02', 'web03']);
    assert.deepEqual(m('web[2:0]'), ['web03'], 'an end of 0 is the one host at the start');
    assert.deepEqual(m('all[0:1]'), ['bastion', 'db1']);
    assert.throws(() => m('web[5]'), /No hosts matched the subscripted pattern 'web\[5\]'/);
  });

  it('matches groups first, hosts too when the pattern is a glob or a regex', () => {
    assert.deepEqual(m('a*'), inv.allHosts, "a* matches the group 'all'");
    assert.deepEqual(m('web*'), ['web01', 'web02', 'web03', 'web01', 'web02', 'web03']);
    assert.deepEqual(m('web*[3]'), ['web01']);
    assert.deepEqual(m('~web0[12]'), ['web01', 'web02']);
    assert.deepEqual(m('~eb'), [], 're.match anchors at the start only');
    assert.deepEqual(m('!db'), ['db1']);
    assert.deepEqual(m('tag:s*'), ['db1']);
    assert.throws(() => m('~web('), /Invalid host list pattern/);
  });
});
