import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Fleet } from '../fleet/fleet.js';
import { CLI } from '../helpers/cli.js';
import { fleetCli, statuses, writeInventory } from '../helpers/fleet-cli.js';
import { runCliInPty } from '../helpers/pty.js';

let fleet: Fleet;
before(async () => {
  fleet = await Fleet.start(3, [
    { name: 'one', ramGiB: 128 },
    { name: 'two', ramGiB: 256 },
  ]);
});
after(() => fleet?.stop());

const sshdConnections = (host: string) =>
  (readFileSync(join(fleet.host(host).dir, 'sshd.log'), 'utf8').match(/Connection from /g) ?? []).length;

describe('Ctrl-C, over both transports', () => {
  for (const transport of ['ssh2', 'openssh']) {
    it(`${transport}: stops starting hosts, ends the running one cleanly, and leaves no half-written file`, async () => {
      const names = Array.from({ length: 8 }, (_, i) => `${transport}-c${i}`);
      const inv = writeInventory(
        fleet,
        `ctrlc-${transport}.yaml`,
        `defaults:\n  ssh_config: ${fleet.sshConfig}\n  transport: ${transport}\nhosts:\n${names.map((n) => `  - name: ${n}\n    host: one\n    config: /root/${n}.lua\n`).join('')}`,
      );
      const child = spawn(process.execPath, [CLI, 'apply', '--yes', '--json', '-i', inv, '--concurrency', '1', '--log-level', 'info'], {
        env: { PATH: process.env.PATH, HOME: fleet.clientDir, XDG_STATE_HOME: join(fleet.clientDir, 'state') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let interrupted = false;
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        if (!interrupted && /"msg":"host done"/.test(stderr)) {
          interrupted = true;
          child.kill('SIGINT');
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 130, stderr);
      const s = statuses(JSON.parse(stdout));
      assert.equal(s[names[0]!], 'changed');
      assert.equal(JSON.parse(stdout).hosts[0].transport, transport);
      const skipped = names.filter((n) => s[n] === 'skipped');
      assert.ok(skipped.length >= 6, `hosts after the interrupt were not started: ${JSON.stringify(s)}`);
      assert.match(stderr, /stopping on Ctrl-C.*\(Ctrl-C again to quit at once\)/);
      // Every config is whole or absent, and nothing temporary is left: write-config.sh names its temp
      // files PREFIX-PID-RANDOM (.c0.lua.wezfleet-41-9f2c1a7b1, .wezfleet-backup-41-9f2c1a7b1).
      const temp = /\.wezfleet(-backup)?-\d+-[0-9a-f]*\d$/m;
      assert.match('.c0.lua.wezfleet-41-9f2c1a7b1\n.wezfleet-backup-41-9f2c1a7b2', temp, 'the pattern matches what the script makes');
      assert.doesNotMatch('c0.lua.wezfleet-backup-20261202T100103.037Z-absent', temp, 'but not a backup');
      const listing = fleet.ssh('one', 'ls -a /root');
      assert.doesNotMatch(listing, temp);
      for (const n of names) {
        const present = listing.split('\n').includes(`${n}.lua`);
        if (present) assert.match(fleet.ssh('one', `tail -c 200 /root/${n}.lua`), /return config\n$/);
        assert.equal(present, s[n] === 'changed', `${n}: ${s[n]} but the file is ${present ? 'there' : 'absent'}`);
      }
    });
  }
});

describe('ssh-agent', () => {
  let agentPid: number | undefined;
  let sock: string;
  before(async () => {
    sock = join(fleet.dir, 'agent.sock');
    const agent = spawn('ssh-agent', ['-D', '-a', sock], { stdio: 'ignore' });
    agentPid = agent.pid;
    for (let i = 0; i < 100 && !existsSync(sock); i++) await sleep(20);
    execFileSync('ssh-add', [fleet.clientKey], { env: { ...process.env, SSH_AUTH_SOCK: sock }, stdio: 'ignore' });
  });
  after(() => {
    if (agentPid) process.kill(agentPid, 'SIGTERM');
  });

  it("logs in with the agent's key when no key file is usable", async () => {
    const config = writeInventory(
      fleet,
      'ssh_config.agent',
      fleet
        .clientConfig(fleet.knownHosts)
        .replace(`IdentityFile ${fleet.clientKey}\n  IdentitiesOnly yes`, 'IdentityFile /nonexistent/key'),
    );
    const inv = writeInventory(fleet, 'agent.yaml', `defaults:\n  ssh_config: ${config}\nhosts:\n  - name: one\n`);
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inv], { SSH_AUTH_SOCK: sock });
    assert.equal(r.code, 0, r.stderr);
    const without = await fleetCli(fleet, ['plan', '--json', '-i', inv]);
    assert.equal(without.code, 1);
    assert.match(without.json.hosts[0].reason, /no way to log in/);
  });

  it('with IdentitiesOnly, offers only the agent keys that match the configured identities', async () => {
    // The agent holds the authorized key, but the config names another identity: ssh would not use it.
    const other = join(fleet.dir, 'other-identity');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const config = writeInventory(
      fleet,
      'ssh_config.only',
      fleet.clientConfig(fleet.knownHosts).replace(`IdentityFile ${fleet.clientKey}`, `IdentityFile ${other}`),
    );
    const inv = writeInventory(fleet, 'only.yaml', `defaults:\n  ssh_config: ${config}\nhosts:\n  - name: one\n`);
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inv], { SSH_AUTH_SOCK: sock });
    assert.equal(r.code, 1);
    assert.match(r.json.hosts[0].reason, /authentication failed|no way to log in/);
  });
});

describe('retries', () => {
  it('retries a connection dropped during the handshake, a bounded number of times', async () => {
    let accepted = 0;
    const server = createServer((s) => {
      accepted++;
      s.destroy();
    });
    await new Promise<void>((resolve) => server.listen(22, '127.77.3.200', resolve));
    try {
      const inv = writeInventory(
        fleet,
        'flaky.yaml',
        `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: flaky\n    host: 127.77.3.200\n`,
      );
      const r = await fleetCli(fleet, ['plan', '--json', '-i', inv, '--retries', '2']);
      assert.equal(r.code, 1);
      assert.equal(r.json.hosts[0].status, 'unreachable');
      assert.equal(accepted, 3);
    } finally {
      server.close();
    }
  });

  it('never retries an authentication failure', async () => {
    const config = writeInventory(fleet, 'ssh_config.nokey', fleet.clientConfig(fleet.knownHosts).replace(`User root`, 'User nosuchuser'));
    const inv = writeInventory(fleet, 'nokey.yaml', `defaults:\n  ssh_config: ${config}\nhosts:\n  - name: two\n`);
    const before = sshdConnections('two');
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inv, '--retries', '3']);
    assert.equal(r.code, 1);
    assert.match(r.json.hosts[0].reason, /authentication failed for nosuchuser@/);
    assert.equal(sshdConnections('two'), before + 1);
  });
});

describe('apply on a terminal', () => {
  it('plans, asks, then writes over the connections it planned with: one connection per host', async () => {
    const inv = writeInventory(fleet, 'ask.yaml', `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: one\n  - name: two\n`);
    for (const h of ['one', 'two']) fleet.ssh(h, 'rm -f /root/.wezterm.lua*');
    await sleep(100);
    const before = { one: sshdConnections('one'), two: sshdConnections('two') };
    const r = await runCliInPty(
      ['apply', '-i', inv, '--ram', '64'],
      { HOME: fleet.clientDir, XDG_STATE_HOME: join(fleet.clientDir, 'state-ask') },
      [{ when: /Write 2 configs \(one, two\)\?/, send: 'y\r' }],
      fleet.dir,
    );
    assert.equal(r.unanswered, 0, r.output);
    assert.equal(r.code, 0, r.output);
    await sleep(200);
    assert.deepEqual({ one: sshdConnections('one') - before.one, two: sshdConnections('two') - before.two }, { one: 1, two: 1 });
    assert.match(fleet.ssh('one', 'cat /root/.wezterm.lua'), /^config\.scrollback_lines = 1000000$/m);
  });
});
