import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { packageRoot } from '../../src/core/assets.js';
import { computeProfile } from '../../src/profile/compute-profile.js';
import * as C from '../fixtures/configs.js';
import { Fleet } from '../fleet/fleet.js';
import { fleetCli, statuses, writeInventory } from '../helpers/fleet-cli.js';

let fleet: Fleet;

const scrollbackOn = (host: string, path = '/root/.wezterm.lua', user?: string) =>
  /scrollback_lines = (\d+)/.exec(fleet.ssh(host, `cat ${path}`, user ? { user } : {}))?.[1];

before(async () => {
  fleet = await Fleet.start(1, [
    { name: 'a64', ramGiB: 64 },
    { name: 'b200', ramGiB: 200 },
    { name: 'c512', ramGiB: 512 },
    { name: 'd128', ramGiB: 128, noSysfs: true },
    { name: 'jump', ramGiB: 8 },
  ]);
  // The CLI runs in the fleet's directory, where it finds ./inventory.yaml by itself.
  writeInventory(
    fleet,
    'inventory.yaml',
    `defaults:
  ssh_config: ${fleet.sshConfig}
hosts:
  - name: a64
    tags: [small]
  - name: b200
  - name: c512
    user: agent
    sudo: true
  - name: d128
    tags: [small]
groups:
  big: [b200, c512]
`,
  );
  // b200 already has a config of its own, written by the guide's script.
  fleet.ssh('b200', 'cat > /root/.wezterm.lua', { input: C.REFERENCE_SCRIPT });
  // c512's agent user keeps a config in XDG, which must be patched in place (sudo goes to root though).
  fleet.ssh('c512', 'mkdir -p /root/.config/wezterm && cat > /root/.config/wezterm/wezterm.lua', { input: C.TABLE_LITERAL });
});
after(() => fleet?.stop());

describe('a mixed fleet over real SSH', () => {
  it('hosts lists the resolved selection', async () => {
    const r = await fleetCli(fleet, ['hosts', '--json', '--limit', 'tag:small,group:big,!d128']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.json.hosts.map((h: { name: string; hostname: string }) => [h.name, h.hostname]),
      [
        ['a64', fleet.host('a64').address],
        ['b200', fleet.host('b200').address],
        ['c512', fleet.host('c512').address],
      ],
    );
    assert.equal(r.json.hosts[2].user, 'agent');
  });

  it("plan reads each host's RAM the best way it can and changes nothing", async () => {
    const r = await fleetCli(fleet, ['plan', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const by = Object.fromEntries(r.json.hosts.map((h: any) => [h.host, h]));
    assert.deepEqual([by.a64.detail.ram.gib, by.a64.detail.ram.source], [64, 'sysfs']);
    assert.deepEqual([by.c512.detail.ram.gib, by.c512.detail.ram.source], [512, 'sysfs']);
    assert.deepEqual([by.d128.detail.ram.gib, by.d128.detail.ram.source], [126, 'meminfo']);
    assert.equal(by.b200.detail.config.shape, 'return-ident');
    assert.equal(by.b200.detail.drift, 'unmanaged');
    assert.equal(by.c512.detail.config.path, '/root/.config/wezterm/wezterm.lua');
    assert.match(by.b200.detail.diff, /-config\.shape_cache_size = 25000/);
    assert.equal(fleet.ssh('a64', 'test -e /root/.wezterm.lua && echo yes || echo no').trim(), 'no');
  });

  it('apply writes every host, a second apply reports every host unchanged', async () => {
    const first = await fleetCli(fleet, ['apply', '--yes', '--json']);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(statuses(first.json), { a64: 'changed', b200: 'changed', c512: 'changed', d128: 'changed' });
    assert.equal(scrollbackOn('a64'), '1000000');
    assert.equal(scrollbackOn('b200'), '3700000');
    assert.equal(scrollbackOn('c512', '/root/.config/wezterm/wezterm.lua'), '10000000');
    assert.equal(fleet.ssh('c512', 'test -e /root/.wezterm.lua && echo yes || echo no').trim(), 'no', 'the XDG config is not shadowed');
    assert.equal(scrollbackOn('d128'), String(computeProfile(126).settings.scrollback_lines));
    assert.match(fleet.ssh('b200', 'ls -a /root'), /\.wezterm\.lua\.wezfleet-backup-/);

    const second = await fleetCli(fleet, ['apply', '--yes', '--json']);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(statuses(second.json), { a64: 'unchanged', b200: 'unchanged', c512: 'unchanged', d128: 'unchanged' });
    assert.equal(fleet.ssh('b200', 'ls -a /root | grep -c wezfleet-backup').trim(), '1', 'no second backup');
  });

  it('restore puts the original back where there was one, and takes away a config apply created', async () => {
    const created = fleet.ssh('a64', 'cat /root/.wezterm.lua');
    const r = await fleetCli(fleet, ['restore', '--yes', '--json', '--limit', 'a64,b200']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(statuses(r.json), { a64: 'changed', b200: 'changed' });
    assert.equal(fleet.ssh('b200', 'cat /root/.wezterm.lua'), C.REFERENCE_SCRIPT);
    assert.equal(fleet.ssh('a64', 'test -e /root/.wezterm.lua && echo yes || echo no').trim(), 'no');
    const a64 = r.json.hosts.find((h: any) => h.host === 'a64').detail;
    assert.match(a64.restored, /-absent$/);
    assert.equal(fleet.ssh('a64', `cat ${a64.backup}`), created, 'the created file is kept in a backup');
    const list = await fleetCli(fleet, ['restore', '--list', '--json', '--limit', 'a64,b200']);
    assert.equal(list.json.hosts.find((h: any) => h.host === 'b200').detail.backups.length, 2);
    assert.deepEqual(
      list.json.hosts.find((h: any) => h.host === 'a64').detail.backups.map((b: any) => Boolean(b.absent)),
      [true, false],
    );
  });

  it('finds drift after a RAM change and apply --only-drifted touches only those hosts', async () => {
    // Pretend a64 was tuned for 32 GiB (before its RAM upgrade) and d128 for a manual profile.
    let r = await fleetCli(fleet, ['apply', '--yes', '--json', '--limit', 'a64,b200', '--ram', '32']);
    assert.equal(r.code, 0, r.stderr);
    r = await fleetCli(fleet, ['plan', '--json']);
    const drift = Object.fromEntries(r.json.hosts.map((h: any) => [h.host, h.detail.drift]));
    assert.deepEqual(drift, { a64: 'drifted', b200: 'drifted', c512: 'in-sync', d128: 'in-sync' });

    fleet.ssh('c512', 'cat > /root/.config/wezterm/wezterm.lua', { input: C.BUILDER }); // now unmanaged
    r = await fleetCli(fleet, ['apply', '--yes', '--json', '--only-drifted']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(statuses(r.json), { a64: 'changed', b200: 'changed', c512: 'unchanged', d128: 'unchanged' });
    assert.equal(scrollbackOn('a64'), '1000000');
    assert.equal(fleet.ssh('c512', 'cat /root/.config/wezterm/wezterm.lua'), C.BUILDER);
  });

  it('reads an Ansible inventory and reaches hosts through a ProxyJump whose key is verified too', async () => {
    const ini = writeInventory(fleet, 'hosts.ini', `[jumped]\nb200 ansible_host=${fleet.host('b200').address} ansible_user=root\n`);
    const viaJump = (knownHosts: string) =>
      writeInventory(fleet, 'jump_config', fleet.clientConfig(knownHosts, `Host ${fleet.host('b200').address}\n  ProxyJump root@jump\n`));
    const logins = () => (readFileSync(`${fleet.host('jump').dir}/sshd.log`, 'utf8').match(/Accepted publickey for root/g) ?? []).length;

    const before = logins();
    const r = await fleetCli(fleet, ['plan', '--json', '-i', ini, '--ssh-config', viaJump(fleet.knownHosts)]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([r.json.hosts[0].host, r.json.hosts[0].detail.ram.gib], ['b200', 200]);
    assert.equal(logins(), before + 1, 'one login on the jump host');

    // The jump host's own key is checked: with a wrong one on record, nothing goes through it.
    const wrong = writeInventory(
      fleet,
      'known_hosts_wrong_jump',
      fleet.hosts.map((h) => `${h.address} ${(h.name === 'jump' ? fleet.host('a64') : h).hostKey}\n`).join(''),
    );
    const refused = await fleetCli(fleet, ['plan', '--json', '-i', ini, '--ssh-config', viaJump(wrong)]);
    assert.equal(refused.code, 1);
    assert.equal(refused.json.hosts[0].status, 'unreachable');
    assert.match(
      refused.json.hosts[0].reason,
      new RegExp(`REMOTE HOST KEY CHANGED for ${fleet.host('jump').address.replaceAll('.', '\\.')}`),
    );
    assert.equal(logins(), before + 1);
  });

  it('passes hostile inventory values through as data, never as commands', async () => {
    // No slash after /root/: the file goes straight into root's home, whatever the characters.
    const weird = '/root/we ird $(touch pwned-config) `touch pwned-tick` \' "\n;.lua';
    const inv = writeInventory(
      fleet,
      'hostile.yaml',
      `defaults:
  ssh_config: ${fleet.sshConfig}
hosts:
  - name: a64
    config: ${JSON.stringify(weird)}
  - name: "evil; $(touch /tmp/pwned-name)"
    host: d128
  - name: b200
    user: "root$(touch /tmp/pwned-user)"
`,
    );
    const r = await fleetCli(fleet, ['apply', '--yes', '--json', '-i', inv]);
    assert.equal(r.code, 1, r.stderr);
    const s = statuses(r.json);
    assert.equal(s.a64, 'changed');
    assert.match(s['evil; $(touch /tmp/pwned-name)']!, /^(changed|unchanged)$/, 'a host under a hostile name works like any other');
    const b200 = r.json.hosts.find((h: any) => h.host === 'b200');
    assert.equal(b200.status, 'failed');
    assert.match(b200.reason, /remote username contains invalid characters/);
    assert.equal(fleet.ssh('a64', `cat ${"'" + weird.replaceAll("'", "'\\''") + "'"} | grep -c BEGIN`).trim(), '1');
    for (const host of ['a64', 'b200', 'd128']) assert.equal(fleet.ssh(host, "ls -a /tmp /root | grep -c '^pwned-' || true").trim(), '0');
    assert.equal(existsSync('/tmp/pwned-name') || existsSync('/tmp/pwned-user') || existsSync(`${fleet.dir}/pwned-config`), false);
  });

  it('--batch with --max-fail stops the rollout after a failing batch', async () => {
    const inv = writeInventory(
      fleet,
      'rollout.yaml',
      `defaults:
  ssh_config: ${fleet.sshConfig}
hosts:
  - name: broken
    host: 127.77.1.250
  - name: a64
  - name: b200
`,
    );
    const r = await fleetCli(fleet, ['apply', '--yes', '--json', '-i', inv, '--batch', '1', '--max-fail', '0', '--retries', '0']);
    assert.equal(r.code, 1);
    const by = Object.fromEntries(r.json.hosts.map((h: any) => [h.host, h]));
    assert.equal(by.broken.status, 'unreachable');
    assert.equal(by.a64.status, 'skipped');
    assert.match(by.a64.reason, /more than --max-fail allows/);
  });
});

describe('root writing in a directory another user owns, over real SSH', () => {
  it("a user racing to swap wezfleet's temp file for a symlink gains nothing: the write stops, the link's target is untouched", async () => {
    const home = '/home/agent';
    const victim = '/root/victim';
    const attack = readFileSync(join(packageRoot(), 'test', 'fleet', 'swap-attacker.py'), 'utf8');
    fleet.ssh('c512', `cat > ${home}/attack.py`, { user: 'agent', input: attack });
    fleet.ssh('c512', `printf 'VICTIM\\n' > ${victim} && chmod 600 ${victim}`);
    const inv = writeInventory(
      fleet,
      'race.yaml',
      `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: c512\n    user: agent\n    sudo: true\n    config: ${home}/.wezterm.lua\n`,
    );
    const attacker = spawn('ssh', ['-F', fleet.sshConfig, '-l', 'agent', 'c512', `python3 ${home}/attack.py ${home} ${victim}`], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let said = '';
    attacker.stdout.setEncoding('utf8').on('data', (d: string) => (said += d));
    const reasons: string[] = [];
    try {
      for (let waited = 0; !said.includes('ready'); waited += 50) {
        assert.ok(waited < 15_000, 'the attacker never started watching');
        await sleep(50);
      }
      // The race is real: each try, the attacker may win it early (before root writes the temp file)
      // or late, or lose it. Whatever happens, root never writes through the link.
      for (let attempt = 0; attempt < 5; attempt++) {
        fleet.ssh('c512', `rm -f ${home}/.wezterm.lua && cat > ${home}/.wezterm.lua`, { user: 'agent', input: C.BUILDER });
        const r = await fleetCli(fleet, ['apply', '--yes', '--json', '-i', inv, '--reload-timeout', '0']);
        const host = r.json.hosts[0];
        if (host.status === 'failed') reasons.push(host.reason);
        assert.equal(fleet.ssh('c512', `cat ${victim}; stat -c '%a %U' ${victim}`), 'VICTIM\n600 root\n', 'root wrote through the link');
      }
    } finally {
      attacker.stdin.end();
      await once(attacker, 'close');
    }
    assert.match(said, /swapped \.\.?wezterm\.lua\.wezfleet-/, 'the attacker got to swap a temp file');
    assert.ok(reasons.length > 0, 'a write whose temp file was swapped went ahead');
    for (const reason of reasons) assert.match(reason, /was replaced by someone else while wezfleet wrote it; nothing was written/);
    // The attacker's own links may outlive a write (made after its cleanup); nothing of root's does.
    assert.equal(fleet.ssh('c512', `find ${home} -maxdepth 1 -name '*wezfleet-[0-9]*' -user root`), '', 'a temp file of root was left');
  });
});

describe('configs other people wrote, over real SSH', () => {
  it("reads the config's modules in the same round trip, runs them in the check, and the mux loads the block", async () => {
    const dir = '/root/.config/wezterm';
    fleet.ssh('a64', `rm -f /root/.wezterm.lua* && mkdir -p ${dir}/config && cd ${dir} && cat > wezterm.lua`, {
      input: 'local wezterm = require("wezterm")\nreturn require("config"):append(require("config.appearance")).options\n',
    });
    fleet.ssh('a64', `cat > ${dir}/config/init.lua`, {
      input:
        'local C = {}\nC.__index = C\nfunction C:append(t) for k, v in pairs(t) do self.options[k] = v end return self end\nreturn setmetatable({ options = {} }, C)\n',
    });
    fleet.ssh('a64', `cat > ${dir}/config/appearance.lua`, { input: 'return { font_size = 11, scrollback_lines = 5000 }\n' });
    const rt = '/run/user/0/wezterm';
    fleet.ssh('a64', `wezterm-mux-server --daemonize && for i in $(seq 50); do [ -S ${rt}/sock ] && exit 0; sleep 0.1; done`);
    const r = await fleetCli(fleet, ['apply', '--yes', '--json', '--limit', 'a64', '--ram', '128']);
    assert.equal(r.code, 0, r.stderr);
    const host = r.json.hosts[0];
    assert.equal(host.status, 'changed');
    assert.equal(host.detail.config.shape, 'return-expr');
    assert.deepEqual(host.detail.check, { result: 'proven', modules: [`${dir}/config/appearance.lua`, `${dir}/config/init.lua`] });
    assert.deepEqual(host.detail.profile.overridden, [{ key: 'scrollback_lines', value: '5000' }], 'set in a module, found by running it');
    assert.equal(host.detail.reload.state, 'loaded', 'the mux (which reads the modules from disk) evaluated the block');
    const running = JSON.parse(fleet.ssh('a64', 'wezterm cli --no-auto-start x-standin-settings')).values;
    assert.equal(running.scrollback_lines, computeProfile(128).settings.scrollback_lines);
    assert.equal(scrollbackOn('a64', `${dir}/wezterm.lua`), String(computeProfile(128).settings.scrollback_lines));
    const again = await fleetCli(fleet, ['apply', '--yes', '--json', '--limit', 'a64', '--ram', '128']);
    assert.equal(again.json.hosts[0].status, 'unchanged');
  });

  it('a config that never finishes loading fails its own host within the limit; the rest of the fleet is planned', async () => {
    fleet.ssh('d128', 'cat > /root/.wezterm.lua', {
      input: 'local t = setmetatable({}, { __index = function() while true do end end })\nlocal _ = t.x\nreturn {}\n',
    });
    const r = await fleetCli(fleet, ['plan', '--json']);
    assert.equal(r.code, 1);
    const by = statuses(r.json);
    assert.equal(by.d128, 'refused');
    assert.deepEqual(
      Object.entries(by)
        .filter(([h]) => h !== 'd128')
        .map(([, s]) => ['unchanged', 'would-change'].includes(s)),
      [true, true, true],
    );
    const d128 = r.json.hosts.find((h: { host: string }) => h.host === 'd128');
    assert.match(d128.reason, /^\/root\/\.wezterm\.lua: config check exceeded 2 s$/);
    assert.equal(d128.detail.check.cause, 'limit');
    assert.doesNotMatch(r.stderr, /enlarge|wasm|Emscripten|stack/i, 'no engine text reaches the user');
    fleet.ssh('d128', 'rm -f /root/.wezterm.lua');
  });
});
