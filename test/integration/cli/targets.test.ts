import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { parseJson, runCli, scratchHome, type CliResult } from '../../helpers/cli.js';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

function inventory(name: string, text: string): string {
  const file = join(h.home, name);
  writeFileSync(file, text);
  return file;
}

/** Nothing listens on port 1 of loopback: a usable host there fails fast, as unreachable. */
const FAST = ['--connect-timeout', '2', '--retries', '0'];

describe('an inventory entry wezfleet cannot use fails that host alone', () => {
  const TEMPLATED = `[web]
web1 ansible_host="{{ myhost }}" ansible_port="{{ 22 | int }}"
web2 ansible_host="{{ myhost }}" ansible_port=1
[web:vars]
myhost=127.0.0.1
`;

  it('plan: the host is failed with the message, the others go on, exit 1', async () => {
    const file = inventory('hosts.ini', TEMPLATED);
    const r = await runCli(['plan', '-i', file, '--json', ...FAST], h.env);
    assert.equal(r.code, 1, r.stderr);
    const by = Object.fromEntries(parseJson(r).hosts.map((o: { host: string }) => [o.host, o]));
    assert.equal(by.web1.status, 'failed');
    assert.equal(
      by.web1.reason,
      'web1: ansible_port is "{{ 22 | int }}": wezfleet resolves only plain {{ var }} references; set the value itself',
    );
    assert.equal(by.web2.status, 'unreachable');
  });

  it('hosts: lists the usable ones, names the unusable one on stderr, exit 1', async () => {
    const file = inventory('hosts.ini', TEMPLATED);
    const r = await runCli(['hosts', '-i', file], h.env);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /\nweb2 +127\.0\.0\.1:1 /);
    assert.match(r.stdout, /\nweb1 +unusable /);
    assert.match(r.stderr, /web1: ansible_port is "\{\{ 22 \| int \}\}": wezfleet resolves only plain/);
    const json = parseJson(await runCli(['hosts', '-i', file, '--json'], h.env));
    assert.deepEqual(
      json.unusable.map((u: { name: string }) => u.name),
      ['web1'],
    );
  });
});

describe('an inventory with no hosts (every one commented out, as kubespray ships it)', () => {
  const KUBESPRAY = `[kube_control_plane]
# node1 ansible_host=95.54.0.12  # ip=10.3.0.1 etcd_member_name=etcd1

[etcd:children]
kube_control_plane

[kube_node]
# node4 ansible_host=95.54.0.15  # ip=10.3.0.4
`;

  it('hosts lists none and says so on stderr, exit 0', async () => {
    for (const [name, text] of [
      ['inventory.ini', KUBESPRAY],
      ['hosts.yml', '# all:\n#   hosts:\n#     node1:\n'],
    ] as const) {
      const file = inventory(name, text);
      const r = await runCli(['hosts', '-i', file], h.env);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`no hosts in ${file}`));
      assert.deepEqual(parseJson(await runCli(['hosts', '-i', file, '--json'], h.env)).hosts, []);
    }
  });

  it('other commands say no hosts are selected, exit 2', async () => {
    const file = inventory('inventory.ini', KUBESPRAY);
    for (const command of ['plan', 'status']) {
      const r = await runCli([command, '-i', file], h.env);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /no hosts selected: .*inventory\.ini has none/);
      assert.equal(r.stdout, '');
    }
  });
});

describe('-i FOLDER', () => {
  it('says at once that a folder holds no inventory, exit 2', async () => {
    const folder = join(h.home, 'inv');
    mkdirSync(folder);
    writeFileSync(join(folder, 'hosts.ini'), '[web]\nweb1\n');
    const started = Date.now();
    const r = await runCli(['hosts', '-i', folder], h.env);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /inv holds no inventory\n.*Ansible skips every file in it for its extension .*: hosts\.ini/);
    assert.ok(Date.now() - started < 5000);
  });
});

describe('-i with hosts written out', () => {
  it('web1,web2:2222, is a list of hosts; one user@host:port word is that host, with a note', async () => {
    const list = parseJson(await runCli(['hosts', '-i', 'web1,web2:2222,', '--json'], h.env));
    assert.equal(list.format, 'host-list');
    assert.deepEqual(
      list.hosts.map((r: { name: string; port: number }) => [r.name, r.port]),
      [
        ['web1', 22],
        ['web2', 2222],
      ],
    );
    const one = await runCli(['hosts', '-i', 'ops@gpu-01:2200'], h.env);
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /\ngpu-01 +gpu-01:2200 +ops /);
    assert.match(one.stderr, /-i ops@gpu-01:2200: no file of that name, so it is read as a host/);
  });

  it('a missing file named like one is still an error, exit 2', async () => {
    const r = await runCli(['plan', '-i', 'prod.yaml'], h.env);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /inventory prod\.yaml does not exist/);
  });
});

describe('host patterns as arguments', () => {
  const FLEET = `[gpu]
gpu-01 ansible_host=127.0.0.1 ansible_port=1
gpu-02 ansible_host=127.0.0.1 ansible_port=1
gpu-03 ansible_host=127.0.0.1 ansible_port=1
[cpu]
cpu-01 ansible_host=127.0.0.1 ansible_port=1
`;
  const names = (r: CliResult) => parseJson(r).hosts.map((o: { host?: string; name?: string }) => o.host ?? o.name);

  it('select as --limit does, and --limit narrows them further', async () => {
    const file = inventory('hosts', FLEET);
    assert.deepEqual(names(await runCli(['hosts', '-i', file, 'gpu-01', '--json'], h.env)), ['gpu-01']);
    assert.deepEqual(names(await runCli(['hosts', '-i', file, 'gpu[1:]', 'cpu', '--json'], h.env)), ['gpu-02', 'gpu-03', 'cpu-01']);
    assert.deepEqual(names(await runCli(['hosts', '-i', file, 'gpu-*', '--limit', '!gpu-02', '--json'], h.env)), ['gpu-01', 'gpu-03']);
    const status = await runCli(['status', '-i', file, 'gpu-*', '--json', ...FAST], h.env);
    assert.equal(status.code, 1, status.stderr);
    assert.deepEqual(names(status).sort(), ['gpu-01', 'gpu-02', 'gpu-03']);
  });

  it('a pattern that matches nothing, or one without an inventory, is a usage error', async () => {
    const file = inventory('hosts', FLEET);
    const none = await runCli(['plan', '-i', file, 'gpu-9*'], h.env);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /host pattern gpu-9\*: no host, tag or group matches/);
    const local = await runCli(['plan', 'gpu-01'], h.env);
    assert.equal(local.code, 2);
    assert.match(local.stderr, /host pattern gpu-01 needs an inventory/);
  });
});

describe('hosts without an inventory', () => {
  it('lists this machine, which is what every other command would work on, exit 0', async () => {
    const r = await runCli(['hosts'], h.env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'localhost  this machine\n');
    assert.match(r.stderr, /no inventory .*every command works on this machine/);
    const json = JSON.parse((await runCli(['hosts', '--json'], h.env)).stdout);
    assert.deepEqual(json.hosts, [{ name: 'localhost', local: true }]);
  });
});
