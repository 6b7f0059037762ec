import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import * as C from '../fixtures/configs.js';
import { Fleet, SUDO_PASSWORD } from '../fleet/fleet.js';
import { startCuttingProxy } from '../helpers/cutting-proxy.js';
import { fleetCli, statuses, writeInventory } from '../helpers/fleet-cli.js';
import { runCliInPty } from '../helpers/pty.js';

let fleet: Fleet;

before(async () => {
  fleet = await Fleet.start(2, [
    { name: 'alpha', ramGiB: 128 },
    { name: 'beta', ramGiB: 256 },
    { name: 'gone', ramGiB: 64 },
    { name: 'cut', ramGiB: 64 },
    { name: 'pw1', ramGiB: 96 },
    { name: 'pw2', ramGiB: 384 },
    { name: 'locked', ramGiB: 64 },
  ]);
});
after(() => fleet?.stop());

/** An ssh_config whose known_hosts starts as `lines` (one per host that should be known). */
function configWithKnownHosts(name: string, lines: string, extra = ''): { config: string; knownHosts: string } {
  const knownHosts = join(fleet.dir, `known_hosts.${name}`);
  writeFileSync(knownHosts, lines);
  return { config: writeInventory(fleet, `ssh_config.${name}`, fleet.clientConfig(knownHosts, extra)), knownHosts };
}

const inventoryFor = (name: string, config: string, hosts: string) =>
  writeInventory(fleet, `${name}.yaml`, `defaults:\n  ssh_config: ${config}\nhosts:\n${hosts}`);

const connections = (host: string) =>
  (readFileSync(join(fleet.host(host).dir, 'sshd.log'), 'utf8').match(/Connection from /g) ?? []).length;

describe('host keys are always checked against known_hosts', () => {
  it('strict refuses an unknown host and writes nothing to known_hosts', async () => {
    const { config, knownHosts } = configWithKnownHosts('strict', `${fleet.host('beta').address} ${fleet.host('beta').hostKey}\n`);
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inventoryFor('strict', config, '  - name: alpha\n  - name: beta\n')]);
    assert.equal(r.code, 1);
    assert.deepEqual(statuses(r.json), { beta: 'would-change', alpha: 'unreachable' });
    const alpha = r.json.hosts.find((h: any) => h.host === 'alpha');
    assert.match(alpha.reason, /is not in known_hosts .*it offered ssh-ed25519 SHA256:/);
    assert.equal(readFileSync(knownHosts, 'utf8').split('\n').filter(Boolean).length, 1);
  });

  it('accept-new records every new host once (hashed where HashKnownHosts says so), then strict accepts them', async () => {
    const { config, knownHosts } = configWithKnownHosts('acceptnew', '', 'HashKnownHosts yes\n');
    const inv = inventoryFor('acceptnew', config, '  - name: alpha\n  - name: beta\n  - name: cut\n');
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inv, '--host-key-policy', 'accept-new']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.json.hosts[0].notes.join('\n'), /new host key ssh-ed25519 SHA256:\S+ recorded in/);
    const lines = readFileSync(knownHosts, 'utf8').split('\n').filter(Boolean);
    assert.equal(lines.length, 3);
    assert.ok(lines.every((l) => l.startsWith('|1|')));
    for (const h of ['alpha', 'beta', 'cut']) {
      assert.match(execFileSync('ssh-keygen', ['-F', fleet.host(h).address, '-f', knownHosts], { encoding: 'utf8' }), /found/);
    }
    const again = await fleetCli(fleet, ['plan', '--json', '-i', inv]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(readFileSync(knownHosts, 'utf8').split('\n').filter(Boolean).length, 3);
  });

  it('a changed key fails that host with both fingerprints and the fix, and is never retried, under every policy', async () => {
    const impostor = fleet.host('beta').hostKey;
    const { config, knownHosts } = configWithKnownHosts(
      'changed',
      `${fleet.host('alpha').address} ${impostor}\n${fleet.host('beta').address} ${impostor}\n`,
    );
    const inv = inventoryFor('changed', config, '  - name: alpha\n  - name: beta\n');
    for (const policy of ['strict', 'accept-new', 'off']) {
      const before = connections('alpha');
      const r = await fleetCli(fleet, ['plan', '--json', '-i', inv, '--host-key-policy', policy]);
      assert.equal(r.code, 1);
      assert.deepEqual(statuses(r.json), { beta: 'would-change', alpha: 'unreachable' });
      const reason: string = r.json.hosts.find((h: any) => h.host === 'alpha').reason;
      const offered = execFileSync('ssh-keygen', ['-l', '-f', join(fleet.host('alpha').dir, 'etc-ssh/ssh_host_ed25519_key.pub')], {
        encoding: 'utf8',
      }).split(' ')[1]!;
      const expected = execFileSync('ssh-keygen', ['-l', '-f', join(fleet.host('beta').dir, 'etc-ssh/ssh_host_ed25519_key.pub')], {
        encoding: 'utf8',
      }).split(' ')[1]!;
      assert.ok(reason.includes(offered) && reason.includes(expected), reason);
      assert.match(reason, new RegExp(`ssh-keygen -R ${fleet.host('alpha').address.replaceAll('.', '\\.')} -f ${knownHosts}`));
      assert.equal(connections('alpha'), before + 1, `${policy}: one attempt, no retry`);
    }
  });

  it('off accepts an unknown host for this run only, without recording it', async () => {
    const { config, knownHosts } = configWithKnownHosts('off', '');
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inventoryFor('off', config, '  - name: alpha\n'), '--host-key-policy', 'off']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.json.hosts[0].notes.join('\n'), /accepted for this run only/);
    assert.equal(readFileSync(knownHosts, 'utf8'), '');
  });
});

describe('after login', () => {
  it("never has the host prove the host keys it announces then (only the handshake's key is used), and traces ssh at --log-level trace", async () => {
    const { config } = configWithKnownHosts('trace', `${fleet.host('alpha').address} ${fleet.host('alpha').hostKey}\n`);
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inventoryFor('trace', config, '  - name: alpha\n'), '--log-level', 'trace']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /ssh2: Inbound: GLOBAL_REQUEST \(hostkeys-00@openssh\.com\)/, 'OpenSSH announced its host keys after login');
    assert.doesNotMatch(r.stderr, /hostkeys-prove-00@openssh\.com/);
    assert.match(
      r.stderr,
      /ssh2: Outbound: Sending CHANNEL_REQUEST \(r:0, exec: sh -c .{0,160}\.\.\. \(\d+ characters\)"/,
      'the command ran, its long line cut',
    );
  });
});

describe("one host's trouble never stops the others", () => {
  it('a stopped host, a closed port and a wrong key fail; the rest succeed; exit 1 says which and why', async () => {
    // 'locked' only lets in a key we do not have.
    const otherKey = join(fleet.dir, 'someone-else');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', otherKey]);
    writeFileSync(join(fleet.host('locked').dir, 'root/.ssh/authorized_keys'), readFileSync(`${otherKey}.pub`));
    fleet.stopHost('gone');
    const inv = writeInventory(
      fleet,
      'failures.yaml',
      `defaults:
  ssh_config: ${fleet.sshConfig}
hosts:
  - name: gone
  - name: closed
    host: 127.77.2.250
  - name: alpha
  - name: wrongkey
    host: locked
  - name: beta
`,
    );
    const r = await fleetCli(fleet, ['apply', '--yes', '--json', '-i', inv, '--ram', '64']);
    assert.equal(r.code, 1);
    const by = Object.fromEntries(r.json.hosts.map((h: any) => [h.host, h]));
    assert.deepEqual(
      r.json.hosts.map((h: any) => h.host),
      ['alpha', 'beta', 'gone', 'closed', 'wrongkey'],
      'successes first',
    );
    assert.deepEqual([by.alpha.status, by.beta.status], ['changed', 'changed']);
    assert.equal(by.gone.status, 'unreachable');
    assert.match(by.gone.reason, /connection refused by 127\.77\.2\.3:22/);
    assert.match(by.closed.reason, /connection refused by 127\.77\.2\.250:22/);
    assert.equal(by.wrongkey.status, 'unreachable');
    assert.match(by.wrongkey.reason, /authentication failed for root@127\.77\.2\.7:22/);
    assert.match(fleet.ssh('alpha', 'cat /root/.wezterm.lua'), /scrollback_lines = 1000000/);

    const table = await fleetCli(fleet, ['plan', '-i', inv, '--ram', '64']);
    assert.equal(table.code, 1);
    assert.match(table.stdout, /gone.*unreachable.*connection refused/s);
    assert.match(table.stdout, /5 hosts: 2 unchanged, 3 unreachable/);
  });
});

describe('a connection cut in the middle of apply', () => {
  it('leaves the config old or new, never partial, and no temporary file behind', async () => {
    const cut = fleet.host('cut');
    const original = C.BUILDER + `-- ${'x'.repeat(100)}\n`.repeat(2000); // ~200 KB, many packets
    const proxy = await startCuttingProxy('127.77.2.200', { host: cut.address, port: 22 });
    try {
      const { config } = configWithKnownHosts('cut', `[127.77.2.200]:${proxy.port} ${cut.hostKey}\n`);
      const inv = inventoryFor('cut', config, `  - name: cut\n    host: 127.77.2.200\n    port: ${proxy.port}\n`);
      const reset = () => fleet.ssh('cut', 'rm -f /root/.wezterm.lua* && cat > /root/.wezterm.lua', { input: original });
      const files = () =>
        fleet
          .ssh('cut', 'ls -a /root')
          .split('\n')
          .filter((f) => f.includes('wezfleet'));

      reset();
      proxy.cutAfter(undefined);
      const full = await fleetCli(fleet, ['apply', '--yes', '--json', '-i', inv, '--retries', '0']);
      assert.equal(full.code, 0, full.stderr);
      const tuned = fleet.ssh('cut', 'cat /root/.wezterm.lua');
      const total = proxy.sent();
      assert.ok(total > 150_000, `the apply sent ${total} bytes`);

      for (const share of [0.35, 0.6, 0.8, 0.9, 0.95, 0.99, 0.999]) {
        reset();
        proxy.cutAfter(Math.floor(total * share));
        const r = await fleetCli(fleet, ['apply', '--yes', '--json', '-i', inv, '--retries', '0']);
        let content = '';
        let leftovers: string[] = [];
        for (let i = 0; i < 50; i++) {
          content = fleet.ssh('cut', 'cat /root/.wezterm.lua');
          leftovers = files().filter((f) => !/^\.wezterm\.lua\.wezfleet-backup-\d{8}T\d{6}\.\d{3}Z$/.test(f));
          if (!leftovers.length) break;
          await sleep(100);
        }
        assert.ok(
          content === original || content === tuned,
          `cut at ${share}: the config is neither old nor new (${content.length} bytes)`,
        );
        assert.deepEqual(leftovers, [], `cut at ${share}: temporary files left`);
        if (content === original) assert.equal(r.code, 1, `cut at ${share}: an unfinished apply must not report success`);
      }
    } finally {
      await proxy.close();
    }
  });
});

describe('secrets: sudo passwords and key passphrases', () => {
  const passphrase = 'key-passphrase-\u00df-42';
  let inv: string;
  before(() => {
    const encrypted = join(fleet.dir, 'client', 'id_encrypted');
    copyFileSync(fleet.clientKey, encrypted);
    execFileSync('ssh-keygen', ['-q', '-p', '-N', passphrase, '-f', encrypted]);
    const config = writeInventory(
      fleet,
      'ssh_config.secrets',
      fleet.clientConfig(fleet.knownHosts).replace(`IdentityFile ${fleet.clientKey}`, `IdentityFile ${encrypted}`),
    );
    inv = inventoryFor('secrets', config, '  - name: pw1\n    user: ops\n    sudo: true\n  - name: pw2\n    user: ops\n    sudo: true\n');
  });

  it('asks each secret once on a terminal, passes the sudo password on stdin, and shows it nowhere', async () => {
    const seen: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
          try {
            const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
            if (cmdline.includes(SUDO_PASSWORD) || cmdline.includes(passphrase)) seen.push(cmdline);
          } catch {
            /* gone */
          }
        }
        await sleep(5);
      }
    })();
    const env = { HOME: fleet.clientDir, XDG_STATE_HOME: join(fleet.clientDir, 'state-secrets') };
    const r = await runCliInPty(
      ['apply', '--yes', '-i', inv, '--log-level', 'trace'],
      env,
      [
        { when: /Passphrase for .*id_encrypted/, send: `${passphrase}\r` },
        { when: /sudo password/, send: `${SUDO_PASSWORD}\r` },
      ],
      fleet.dir,
    );
    watching = false;
    await watcher;
    // Each secret is answered once; a second prompt for either would wait for an answer that never
    // comes and the run would be killed at the helper's deadline instead of exiting 0.
    assert.equal(r.unanswered, 0, r.output);
    assert.equal(r.code, 0, r.output);
    assert.match(r.output, /\d\/2 done, 0 failed, \d in flight/, 'progress on the terminal');
    for (const h of ['pw1', 'pw2']) assert.match(fleet.ssh(h, 'cat /root/.wezterm.lua'), /BEGIN WEZFLEET MANAGED BLOCK/);
    assert.deepEqual(seen, [], 'a secret appeared in a command line');
    assert.ok(!r.output.includes(SUDO_PASSWORD) && !r.output.includes(passphrase), 'a secret was echoed or logged');
    const audit = readFileSync(join(env.XDG_STATE_HOME, 'wezfleet', 'audit.log'), 'utf8');
    assert.ok(audit.includes('"action":"apply"') && !audit.includes(SUDO_PASSWORD) && !audit.includes(passphrase));
  });

  it('without a terminal, says what to do instead of hanging', async () => {
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inv, '--limit', 'pw1']);
    assert.equal(r.code, 1);
    assert.equal(r.json.hosts[0].status, 'unreachable');
    assert.match(
      r.json.hosts[0].reason,
      /id_encrypted is encrypted and there is no terminal to ask its passphrase \(load it into ssh-agent\)/,
    );
  });
});
