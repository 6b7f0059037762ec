import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../../../src/core/errors.js';
import { expandHostRange } from '../../../src/inventory/expand-host-range.js';
import { loadInventory } from '../../../src/inventory/load-inventory.js';
import { GOOD_INVENTORY } from '../../fixtures/inventories.js';

/** wezfleet's own Ansible reader; test/integration/inventory/ansible-inventory.test.ts compares it with Ansible's. */
const OWN = { ansibleInventory: false } as const;

let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), 'wezfleet-inv-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function issues(file: string): string[] {
  try {
    loadInventory(file, OWN);
  } catch (err) {
    assert.ok(err instanceof UsageError, String(err));
    return err.issues;
  }
  assert.fail('expected the inventory to be refused');
}

const GOOD = GOOD_INVENTORY;

describe('loadInventory', () => {
  it('reads hosts with defaults merged under their own values', () => {
    const inv = loadInventory(write('good.yaml', GOOD));
    assert.equal(inv.format, 'wezfleet');
    const [g1, g2, b1] = inv.hosts;
    assert.deepEqual([g1!.address, g1!.user, g1!.ram, g1!.tags, g1!.groups], ['10.0.0.11', 'agent', 512, ['gpu', 'a100'], ['canary']]);
    assert.deepEqual(g2!.settings, { scrollback_lines: 2_000_000, mux_output_parser_coalesce_delay_ms: 0 });
    assert.deepEqual(
      [b1!.address, b1!.port, b1!.user, b1!.sudo, b1!.config],
      ['build-01', 2222, 'root', true, '~/.config/wezterm/wezterm.lua'],
    );
  });

  it('reports every problem as FILE: path: message', () => {
    const file = write(
      'bad.yaml',
      `hosts:
  - name: a
    port: "22a"
  - name: b
    prot: 22
  - name: c
    ram: -4
    profile: 200
    settings:
      mux_output_parser_buffer_size: 0
      font_size: 12
  - host: 10.0.0.9
  - name: a
groups:
  g: [a, zz]
`,
    );
    const got = issues(file);
    assert.deepEqual(got, [
      `${file}: hosts[0].port: expected a number, got "22a"`,
      `${file}: hosts[1].prot: unknown key (did you mean "port"?)`,
      `${file}: hosts[2].ram: expected more than 0, got -4`,
      `${file}: hosts[2].profile: expected one of 64, 128, 256, 512, got 200`,
      `${file}: hosts[2].settings.mux_output_parser_buffer_size: expected 1..1073741824, got 0: 0 stops every pane's output for good (a zero-length read looks like EOF); above 1 GiB per pane is never useful`,
      `${file}: hosts[2].settings.font_size: unknown setting; expected one of scrollback_lines, mux_output_parser_buffer_size, mux_output_parser_coalesce_delay_ms, ratelimit_mux_line_prefetches_per_second, shape_cache_size, line_state_cache_size, line_quad_cache_size, line_to_ele_shape_cache_size, glyph_cache_image_cache_size`,
      `${file}: hosts[3].name: required (a string)`,
    ]);
  });

  it('suggests the key of the level where the typo is', () => {
    const file = write('typos.yaml', 'hots:\n  - name: a\nhosts:\n  - name: b\n    hots: x\ndefaults:\n  ssh_confg: y\n');
    assert.deepEqual(issues(file), [
      `${file}: defaults.ssh_confg: unknown key (did you mean "ssh_config"?)`,
      `${file}: hosts[0].hots: unknown key (did you mean "host"?)`,
      `${file}: hots: unknown key (did you mean "hosts"?)`,
    ]);
  });

  it('says where a known key belongs when it is written in the wrong place', () => {
    const file = write('misplaced.yaml', 'ssh_config: ./ssh_config\nhosts:\n  - name: a\n    ssh_config: x\n');
    assert.deepEqual(issues(file), [
      `${file}: hosts[0].ssh_config: not allowed here (ssh_config belongs under defaults:)`,
      `${file}: ssh_config: not allowed here (ssh_config belongs under defaults:)`,
    ]);
  });

  it('then reports duplicates and unknown group members', () => {
    const file = write('dupes.yaml', 'hosts:\n  - name: a\n  - name: a\ngroups:\n  g: [a, zz]\n');
    assert.deepEqual(issues(file), [`${file}: hosts[1].name: "a" is already used by hosts[0]`, `${file}: groups.g[1]: no host named "zz"`]);
  });

  it('refuses control characters in names and says where YAML breaks', () => {
    assert.match(issues(write('nl.yaml', 'hosts:\n  - name: "a\\nb"\n'))[0]!, /hosts\[0\]\.name: must not contain control characters/);
    assert.match(issues(write('broken.yaml', 'hosts:\n  - name: a\n   port: 1\n'))[0]!, /broken\.yaml:3:\d+: /);
  });

  it('reads an Ansible YAML inventory', () => {
    const inv = loadInventory(
      write(
        'ansible.yml',
        `all:
  vars:
    ansible_user: deploy
  children:
    gpu:
      vars:
        ansible_port: 2200
      hosts:
        gpu[1:2]:
          ansible_host: 10.0.0.5
        gpu3:
          ansible_user: agent
          wezfleet_ram: 256
    web:
      hosts:
        web1:
          ansible_ssh_private_key_file: /keys/web
          ansible_become: true
`,
      ),
      OWN,
    );
    assert.equal(inv.format, 'ansible-yaml');
    const by = Object.fromEntries(inv.hosts.map((h) => [h.name, h]));
    assert.deepEqual(Object.keys(by), ['gpu1', 'gpu2', 'gpu3', 'web1']);
    assert.deepEqual([by.gpu1!.address, by.gpu1!.port, by.gpu1!.user], ['10.0.0.5', 2200, 'deploy']);
    assert.deepEqual([by.gpu3!.user, by.gpu3!.ram, by.gpu3!.groups], ['agent', 256, ['gpu']]);
    assert.deepEqual([by.web1!.identityFile, by.web1!.sudo, by.web1!.port], ['/keys/web', true, undefined]);
  });

  it('reads an Ansible INI inventory, children and group vars included', () => {
    const inv = loadInventory(
      write(
        'hosts',
        `bastion ansible_host=10.0.0.1
[gpu]
gpu[01:03] ansible_user=agent
[gpu:vars]
ansible_port=2222
[cpu]
cpu1 ansible_host=10.0.1.1 ansible_user="ops"
[fleet:children]
gpu
cpu
`,
      ),
      OWN,
    );
    assert.equal(inv.format, 'ansible-ini');
    assert.deepEqual(
      inv.hosts.map((h) => h.name),
      ['bastion', 'gpu01', 'gpu02', 'gpu03', 'cpu1'],
    );
    const gpu2 = inv.hosts.find((h) => h.name === 'gpu02')!;
    assert.deepEqual([gpu2.user, gpu2.port, gpu2.groups.sort()], ['agent', 2222, ['fleet', 'gpu']]);
    assert.equal(inv.hosts.find((h) => h.name === 'cpu1')!.user, 'ops');
  });

  it('fails the one host whose Ansible value is wrong, naming it and the variable', () => {
    const file = write('bad.ini', '[gpu]\ngpu1 ansible_port=abc\ngpu2 ansible_port=2222\n');
    const [gpu1, gpu2] = loadInventory(file, OWN).hosts;
    assert.equal(gpu1!.unusable, 'gpu1: ansible_port: expected a number, got "abc"');
    assert.deepEqual([gpu2!.port, gpu2!.unusable], [2222, undefined]);
  });

  it('resolves templated connection variables; a template it cannot resolve fails that host alone', () => {
    const file = write(
      'templated.ini',
      `[web]
web1 ansible_host="{{ myhost }}" ansible_port="{{ 22 | int }}"
web2 ansible_host={{myhost}} myhost=10.0.0.2 ansible_user="{{ ipmi_user }}"
web3 ansible_user="{{ nobody }}"
[web:vars]
myhost=10.0.0.9
ipmi_user="{{ admin }}"
admin=root
`,
    );
    const by = Object.fromEntries(loadInventory(file, OWN).hosts.map((h) => [h.name, h]));
    assert.equal(
      by.web1!.unusable,
      'web1: ansible_port is "{{ 22 | int }}": wezfleet resolves only plain {{ var }} references; set the value itself',
    );
    assert.deepEqual([by.web2!.address, by.web2!.user, by.web2!.unusable], ['10.0.0.2', 'root', undefined]);
    assert.equal(by.web3!.unusable, `web3: ansible_user is "{{ nobody }}": 'nobody' is undefined`);
  });

  it('reads an inventory whose hosts are all commented out as one with no hosts', () => {
    const inv = loadInventory(write('empty.ini', '[kube_node]\n# node1 ansible_host=10.0.0.1\n[k8s:children]\nkube_node\n'), OWN);
    assert.deepEqual(inv.hosts, []);
    assert.deepEqual(loadInventory(write('empty.yml', '# all:\n#   hosts:\n'), OWN).hosts, []);
  });

  it("reads INI lines as Ansible's INI plugin: shell quoting, comments, literal_eval, pending children", () => {
    const inv = loadInventory(
      write(
        'quirks.ini',
        `web1 ansible_user="deploy ops" wezfleet_tags="['gpu', 'a100']" # a comment
web2:2200 ansible_port=1 ansible_user='root'#also a comment
[all:vars]
wezfleet_config=~/w.lua # kept: a vars line has no comments
[fleet:children]
late
[late]
web2
`,
      ),
      OWN,
    );
    const [w1, w2] = inv.hosts;
    assert.deepEqual([w1!.user, w1!.tags, w1!.config], ['deploy ops', ['gpu', 'a100'], '~/w.lua # kept: a vars line has no comments']);
    assert.deepEqual([w2!.port, w2!.user, w2!.groups.sort()], [1, 'root', ['fleet', 'late']]);
    assert.deepEqual(issues(write('undefined.ini', '[fleet:children]\nnever\n[web]\nw1\n')), [
      `${dir}/undefined.ini:2: Section [fleet:children] includes undefined group: never`,
    ]);
  });

  it('expands Ansible host ranges, steps included', () => {
    assert.deepEqual(expandHostRange('web[08:10].x'), ['web08.x', 'web09.x', 'web10.x']);
    assert.deepEqual(expandHostRange('db-[a:c]'), ['db-a', 'db-b', 'db-c']);
    assert.deepEqual(expandHostRange('web[01:06:2]'), ['web01', 'web03', 'web05']);
    assert.deepEqual(expandHostRange('n[a:g:3]'), ['na', 'nd', 'ng']);
    assert.deepEqual(expandHostRange('r[1:2]c[1:2]'), ['r1c1', 'r1c2', 'r2c1', 'r2c2']);
    assert.throws(() => expandHostRange('web[01:100]'), /same width/);
  });

  it("reads legacy ansible_ssh_* names, host:port, and group_vars/ and host_vars/ in Ansible's order", () => {
    const base = mkdtempSync(join(dir, 'vars-'));
    mkdirSync(join(base, 'group_vars', 'gpu'), { recursive: true });
    mkdirSync(join(base, 'host_vars'));
    writeFileSync(join(base, 'group_vars', 'all.yml'), 'ansible_port: 2200\nwezfleet_ram: 64\n');
    writeFileSync(join(base, 'group_vars', 'gpu', '10-conn.yaml'), 'ansible_user: gpuops\n');
    writeFileSync(join(base, 'group_vars', 'gpu', '20-ram'), 'wezfleet_ram: 256\n');
    writeFileSync(join(base, 'host_vars', 'gpu02.json'), '{"wezfleet_ram": 512}');
    const file = join(base, 'hosts.ini');
    writeFileSync(
      file,
      '[gpu]\ngpu[01:03:2] ansible_ssh_user=legacy\ngpu02 ansible_ssh_host=10.9.9.9 ansible_host=10.0.0.1\nold:2022\n[gpu:vars]\nansible_port=1\n',
    );
    const by = Object.fromEntries(loadInventory(file, OWN).hosts.map((h) => [h.name, h]));
    assert.deepEqual(Object.keys(by).sort(), ['gpu01', 'gpu02', 'gpu03', 'old']);
    // The host's own legacy name beats the group's ansible_user; group_vars/all beats the file's [gpu:vars].
    assert.deepEqual([by.gpu01!.user, by.gpu01!.port, by.gpu01!.ram], ['legacy', 2200, 256]);
    assert.deepEqual([by.gpu02!.address, by.gpu02!.user, by.gpu02!.ram], ['10.9.9.9', 'gpuops', 512]);
    assert.deepEqual([by.old!.port, by.old!.ram], [2022, 256]);
  });
});

describe('loadInventory: bounded, whatever the file says', () => {
  it('refuses a range past 100,000 hosts at once, naming the file and line', () => {
    const file = write('huge.ini', '[web]\nweb[000000:999999]\n');
    const started = Date.now();
    assert.deepEqual(issues(file), [`${file}:2: host range web[000000:999999] expands to more than 100,000 hosts`]);
    assert.ok(Date.now() - started < 5000, 'refused without expanding a million names');
    const yaml = write('huge.yaml', 'all:\n  children:\n    web:\n      hosts:\n        "n[0:9][0:9][0:9][0:9][0:9][0:9]":\n');
    assert.deepEqual(issues(yaml), [
      `${yaml}: all.children.web: hosts: n[0:9][0:9][0:9][0:9][0:9][0:9]: host range n[0:9][0:9][0:9][0:9][0:9][0:9] expands to more than 100,000 hosts`,
    ]);
  });

  it('refuses groups that contain each other, as Ansible does', () => {
    const file = write('cycle.ini', '[a]\nh1\n[a:children]\nb\n[b:children]\na\n');
    assert.deepEqual(issues(file), [`${file}: Adding group 'a' as child to 'b' creates a recursive dependency loop.`]);
    const yaml = write('cycle.yaml', 'all:\n  children:\n    a:\n      children:\n        b:\n          children:\n            a:\n');
    assert.match(issues(yaml)[0]!, /recursive dependency loop/);
  });

  it('refuses nesting 3,000 deep with a message, not a stack overflow', () => {
    const ini = Array.from({ length: 3000 }, (_, i) => `[g${i}:children]\ng${i + 1}\n`).join('') + '[g3000]\nh1\n';
    assert.match(issues(write('deep.ini', ini))[0]!, /groups are nested more than 100 deep/);
    // In YAML's flow style (JSON is YAML): N groups, each the only child of the one before.
    const nested = (n: number) =>
      `{"all": {"children": ${Array.from({ length: n }, (_, i) => `{"g${i}": {"children": `).join('')}{"leaf": {"hosts": {"h1": null}}}${'}}'.repeat(n)}}}`;
    assert.match(issues(write('deep.yaml', nested(150)))[0]!, /deep\.yaml: all\.children\.g0\..*: groups are nested more than 100 deep/);
    // Deeper still, YAML's own reader gives up first: a message naming the file and the place.
    assert.match(issues(write('deeper.yaml', nested(3000)))[0]!, /deeper\.yaml:1:\d+: nested too deep for the YAML reader/);
  });

  it('refuses a YAML alias bomb, naming the file', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const file = write('bomb.yaml', `${bomb}\nhosts:\n  - name: h1\n`);
    assert.match(issues(file)[0]!, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*alias`));
  });
});

describe('inventory.example.yaml', () => {
  it('is a valid inventory that documents every key the schema knows', async () => {
    const { packageRoot } = await import('../../../src/core/assets.js');
    const { readFileSync } = await import('node:fs');
    const { hostSchema, inventorySchema } = await import('../../../src/inventory/schema.js');
    const file = join(packageRoot(), 'inventory.example.yaml');
    const inv = loadInventory(file);
    assert.ok(inv.hosts.length >= 3);
    const text = readFileSync(file, 'utf8');
    const keys = [
      ...Object.keys(hostSchema.shape),
      ...Object.keys(inventorySchema.shape),
      ...Object.keys(inventorySchema.shape.defaults.unwrap().shape),
    ];
    for (const key of new Set(keys)) assert.match(text, new RegExp(`^\\s*#?\\s*(- )?${key}:`, 'm'), `${key} is not documented`);
  });
});
