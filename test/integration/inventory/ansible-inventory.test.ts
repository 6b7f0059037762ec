import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../../../src/core/errors.js';
import { findAnsibleInventory } from '../../../src/inventory/ansible-inventory.js';
import { loadHostList, loadInventory } from '../../../src/inventory/load-inventory.js';
import { inventoryView } from '../../helpers/ansible.js';
import { selectHosts } from '../../../src/inventory/select-hosts.js';

// Ansible is a Debian package that .ci/run installs: its absence is a failure, not a skip.
const ANSIBLE = findAnsibleInventory();
let dir: string;
before(() => {
  assert.ok(ANSIBLE, 'ansible-inventory is not on PATH (apt-get install ansible)');
  dir = mkdtempSync(join(tmpdir(), 'wezfleet-ansible-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes files under a fresh inventory directory; returns its path. */
function tree(files: Record<string, string>): string {
  const base = mkdtempSync(join(dir, 'inv-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

function both(file: string) {
  const ansible = loadInventory(file, { ansibleInventory: ANSIBLE! });
  const own = loadInventory(file, { ansibleInventory: false });
  assert.equal(ansible.reader, 'ansible-inventory');
  assert.equal(own.reader, 'wezfleet');
  assert.deepEqual(inventoryView(own), inventoryView(ansible));
  return Object.fromEntries(ansible.hosts.map((h) => [h.name, h]));
}

const VARS = {
  'group_vars/all.yml': 'ansible_port: 2200\nwezfleet_ram: 64\n',
  'group_vars/web.yml': 'ansible_user: webops\nwezfleet_tags: [frontend]\n',
  'group_vars/gpu/10-connection.yaml': 'ansible_become: yes\nansible_become_user: agent\n',
  'group_vars/gpu/20-ram': 'wezfleet_ram: 256\n',
  'group_vars/prod.json': '{"wezfleet_profile": 128}',
  'host_vars/web03/main.yml': 'wezfleet_ram: 512\n',
  'host_vars/gpu1.yaml': 'ansible_ssh_private_key_file: /keys/gpu\n',
};

describe("wezfleet's own reader gives the answers ansible-inventory gives", () => {
  it('INI: ranges with steps, host:port, legacy names, children, group_vars/ and host_vars/', () => {
    const base = tree({
      ...VARS,
      'hosts.ini': `bastion ansible_host=192.0.2.1
[web]
web[01:06:2] ansible_ssh_user=deploy
db-[a:c]
edge:2022

[gpu]
web03
gpu1 ansible_ssh_host=10.0.0.9 ansible_ssh_port=2222 ansible_host=10.0.0.8

[gpu:vars]
ansible_port=1

[prod:children]
web
gpu
`,
    });
    const by = both(join(base, 'hosts.ini'));
    assert.deepEqual(Object.keys(by).sort(), ['bastion', 'db-a', 'db-b', 'db-c', 'edge', 'gpu1', 'web01', 'web03', 'web05']);
    assert.deepEqual(
      [by.web01!.user, by.web01!.port, by.web01!.ram, by.web01!.tags, by.web01!.profile],
      ['deploy', 2200, 64, ['frontend'], 128],
    );
    assert.deepEqual([by.web03!.ram, by.web03!.sudo, by.web03!.sudoUser], [512, true, 'agent']);
    assert.deepEqual([by.gpu1!.address, by.gpu1!.port, by.gpu1!.identityFile, by.gpu1!.ram], ['10.0.0.9', 2222, '/keys/gpu', 256]);
    assert.deepEqual([by['db-b']!.user, by.edge!.port, by.bastion!.address, by.bastion!.profile], ['webops', 2022, '192.0.2.1', undefined]);
  });

  it('YAML: the same inventory written as Ansible YAML', () => {
    const base = tree({
      ...VARS,
      'hosts.yml': `all:
  hosts:
    bastion:
      ansible_host: 192.0.2.1
  children:
    prod:
      children:
        web:
          hosts:
            web[01:06:2]:
              ansible_ssh_user: deploy
            db-[a:c]:
            edge:2022:
        gpu:
          vars:
            ansible_port: 1
          hosts:
            web03:
            gpu1:
              ansible_ssh_host: 10.0.0.9
              ansible_ssh_port: 2222
`,
    });
    const by = both(join(base, 'hosts.yml'));
    assert.deepEqual(
      [by.web05!.user, by.gpu1!.port, by.edge!.port, by.web03!.groups.sort()],
      ['deploy', 2222, 2022, ['gpu', 'prod', 'web']],
    );
  });

  it('templated connection variables: resolved alike, and the same host failed alike', () => {
    const base = tree({
      'group_vars/all.yml': 'jump_user: ops\nwezfleet_ram: "{{ ram_gib }}"\nram_gib: 128\n',
      'hosts.yml': `all:
  children:
    bmc:
      vars:
        ansible_user: "{{ ipmi_user }}"
        ipmi_user: "{{ jump_user }}"
      hosts:
        bmc1:
          ansible_host: "{{ myhost }}"
          myhost: 10.0.0.1
        bmc2:
          ansible_port: "{{ 22 | int }}"
        bmc3:
          ansible_host: "{{ inventory_hostname }}.corp"
          ansible_port: "{{ p }}"
          p: 2200
`,
    });
    const by = both(join(base, 'hosts.yml'));
    assert.deepEqual([by.bmc1!.address, by.bmc1!.user, by.bmc1!.ram], ['10.0.0.1', 'ops', 128]);
    assert.deepEqual([by.bmc3!.address, by.bmc3!.port, by.bmc3!.unusable], ['bmc3.corp', 2200, undefined]);
    assert.equal(
      by.bmc2!.unusable,
      'bmc2: ansible_port is "{{ 22 | int }}": wezfleet resolves only plain {{ var }} references; set the value itself',
    );
  });

  it("--limit reads Ansible's patterns the same way on both", () => {
    const base = tree({ ...VARS, 'hosts.ini': '[web]\nweb[01:04]\n[gpu]\nweb02\nweb03\ngpu1\n' });
    for (const reader of [ANSIBLE!, false] as const) {
      const inv = loadInventory(join(base, 'hosts.ini'), { ansibleInventory: reader });
      const names = (l: string) => selectHosts(inv, { limits: [l] }).map((h) => h.name);
      assert.deepEqual(
        names('web'),
        ['web01', 'web02', 'web03', 'web04'].filter((n) => inv.hosts.some((h) => h.name === n)),
      );
      assert.deepEqual(names('web:&gpu').sort(), ['web02', 'web03']);
      assert.deepEqual(names('web:!web03').sort(), ['web01', 'web02', 'web04']);
      assert.deepEqual(names('group:gpu:!web*'), ['gpu1']);
    }
  });
});

describe('a folder of static inventories, read as Ansible merges them', () => {
  it('reads its files in order (not .ini, .txt or hidden ones), subfolders, and its group_vars/ and host_vars/', () => {
    const base = tree({
      '10-web': '[web]\nweb[1:3] ansible_user=first\n[fleet:children]\nweb\n',
      '20-more.yml': 'fleet:\n  hosts:\n    web2:\n      ansible_user: second\n  children:\n    db:\n      hosts:\n        db1:\n',
      'sub/30-edge': 'edge1 ansible_port=2201\n',
      'ignored.ini': '[web]\nnot-read\n',
      'notes.txt': 'not an inventory\n',
      '.hidden': '[web]\nhidden\n',
      'group_vars/fleet.yml': 'ansible_port: 2200\n',
      'host_vars/web3.yml': 'ansible_host: 10.0.0.3\n',
    });
    const by = both(base);
    assert.deepEqual(Object.keys(by).sort(), ['db1', 'edge1', 'web1', 'web2', 'web3']);
    assert.deepEqual([by.web2!.user, by.web2!.port, by.web3!.address, by.edge1!.port], ['second', 2200, '10.0.0.3', 2201]);
    assert.equal(loadInventory(base, { ansibleInventory: false }).format, 'ansible-dir');
  });

  it('skips a file neither plugin reads, as Ansible does, and says so', () => {
    const base = tree({ good: '[web]\nweb1\n', broken: '[web]\nweb2 "unclosed\n' });
    const by = both(base);
    assert.deepEqual(Object.keys(by), ['web1']);
    const notes = loadInventory(base, { ansibleInventory: false }).notes;
    assert.match(notes.join('\n'), /broken:2: No closing quotation.*\(skipped, as Ansible skips it with a warning\)/);
  });

  it('says at once that a folder holds no inventory, naming what Ansible would skip', () => {
    const base = tree({ 'hosts.ini': '[web]\nweb1\n', 'README.md': '# notes\n' });
    for (const reader of [ANSIBLE!, false] as const) {
      const started = Date.now();
      assert.throws(
        () => loadInventory(base, { ansibleInventory: reader }),
        (e: unknown) => e instanceof UsageError && /holds no inventory/.test(e.message) && /hosts\.ini/.test(e.issues[0]!),
      );
      assert.ok(Date.now() - started < 1000, 'without asking Ansible');
    }
  });

  it('needs ansible-inventory for a folder with a script in it', () => {
    const base = tree({ static: '[web]\nweb1\n', 'script.py': '#!/bin/sh\necho \'{"db": {"hosts": ["db1"]}}\'\n' });
    chmodSync(join(base, 'script.py'), 0o755);
    assert.throws(
      () => loadInventory(base, { ansibleInventory: false }),
      /holds a dynamic Ansible inventory: reading it needs ansible-inventory/,
    );
    const inv = loadInventory(base, { ansibleInventory: ANSIBLE! });
    assert.deepEqual([inv.format, inv.hosts.map((h) => h.name).sort()], ['ansible-dynamic', ['db1', 'web1']]);
  });
});

describe('hosts written out with -i', () => {
  it("reads web1,web2:2222,[::1]:2200, as Ansible's host_list does", () => {
    const text = 'web1, web2:2222,[::1]:2200,web1:9,';
    const list = JSON.parse(execFileSync(ANSIBLE!, ['-i', text, '--list'], { encoding: 'utf8' })) as {
      ungrouped: { hosts: string[] };
      _meta: { hostvars: Record<string, { ansible_port?: number }> };
    };
    const inv = loadHostList(text, false);
    assert.deepEqual(
      inv.hosts.map((h) => [h.name, h.port]),
      list.ungrouped.hosts.map((h) => [h, list._meta.hostvars[h]?.ansible_port]),
    );
    assert.deepEqual(inv.groups.get('ungrouped'), list.ungrouped.hosts);
  });
});

describe('through ansible-inventory only', () => {
  it("reads a dynamic inventory script; wezfleet's own reader says it needs Ansible", () => {
    const base = tree({
      'inventory.py': `#!/usr/bin/env python3
import json
print(json.dumps({"gpu": {"hosts": ["g1", "g2"], "vars": {"ansible_user": "agent"}},
                  "_meta": {"hostvars": {"g1": {"ansible_host": "10.1.0.1", "wezfleet_ram": 512}}}}))
`,
    });
    const script = join(base, 'inventory.py');
    chmodSync(script, 0o755);
    const inv = loadInventory(script, { ansibleInventory: ANSIBLE! });
    assert.equal(inv.format, 'ansible-dynamic');
    assert.deepEqual(
      inv.hosts.map((h) => [h.name, h.address, h.user, h.ram]),
      [
        ['g1', '10.1.0.1', 'agent', 512],
        ['g2', 'g2', 'agent', undefined],
      ],
    );
    assert.throws(() => loadInventory(script, { ansibleInventory: false }), /dynamic Ansible inventory .* needs ansible-inventory/);
  });

  it('says what ansible-inventory said when it cannot read a file', () => {
    const base = tree({ 'hosts.ini': '[web]\nweb1\n', 'group_vars/web.yml': 'ansible_port: [unclosed\n' });
    const file = join(base, 'hosts.ini');
    assert.throws(
      () => loadInventory(file, { ansibleInventory: ANSIBLE! }),
      (e: unknown) =>
        e instanceof UsageError && /ansible-inventory could not read/.test(e.message) && e.issues.some((i) => i.startsWith(`${file}: `)),
    );
    assert.throws(
      () => loadInventory(file, { ansibleInventory: false }),
      (e: unknown) => e instanceof UsageError && e.issues.some((i) => i.includes('group_vars/web.yml')),
    );
  });
});
