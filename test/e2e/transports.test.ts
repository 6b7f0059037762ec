import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import * as C from '../fixtures/configs.js';
import { Fleet, SUDO_PASSWORD } from '../fleet/fleet.js';
import { clientEnv, fleetCli, statuses, writeInventory } from '../helpers/fleet-cli.js';
import { CLI } from '../helpers/cli.js';
import { runCliInPty } from '../helpers/pty.js';

/**
 * Every command over both transports (one lifecycle, run once per transport on a host of its own),
 * then what only the system's ssh can do, picked by `auto`: a ProxyCommand hop, a user certificate
 * signed by a test CA, a host certificate vouched for by @cert-authority.
 */
let fleet: Fleet;
let ca: string;
const TRANSPORTS = ['ssh2', 'openssh'] as const;
const RT = '/run/user/0/wezterm';

/** A host whose sshd trusts the test user CA and presents a host certificate signed by the host CA. */
const CERT_SETUP = (caDir: string) =>
  [
    `cp ${caDir}/user_ca.pub /etc/ssh/user_ca.pub`,
    // Named for the address the client connects to (/etc/hosts maps the host's name to it).
    `ssh-keygen -q -s ${caDir}/host_ca -I cert-host -h -n "c1,$(hostname -i)" /etc/ssh/ssh_host_ed25519_key.pub`,
    // Before the Match blocks: HostCertificate is not allowed inside one.
    "sed -i '1i HostCertificate /etc/ssh/ssh_host_ed25519_key-cert.pub\\nTrustedUserCAKeys /etc/ssh/user_ca.pub' /etc/ssh/sshd_config",
  ].join('\n');

const muxPid = (host: string) => Number(fleet.ssh(host, `cat ${RT}/pid`).trim());
const alive = (host: string, pid: number) => fleet.ssh(host, `kill -0 ${pid} 2>/dev/null && echo yes || echo no`).trim() === 'yes';

before(async () => {
  ca = mkdtempSync('/var/tmp/wezfleet-ca-');
  for (const k of ['user_ca', 'host_ca']) execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', k, '-f', join(ca, k)]);
  fleet = await Fleet.start(14, [
    { name: 'ssh2', ramGiB: 128 },
    { name: 'openssh', ramGiB: 256 },
    { name: 'jump', ramGiB: 64 },
    { name: 'p1', ramGiB: 64 },
    { name: 'c1', ramGiB: 64, setup: CERT_SETUP(ca) },
    // Before the fleet's own "PasswordAuthentication no": sshd keeps the first value.
    { name: 'pw', ramGiB: 64, setup: "sed -i '1i PasswordAuthentication yes' /etc/ssh/sshd_config" },
  ]);
  for (const h of TRANSPORTS) {
    fleet.ssh(h, 'cat > ~/.wezterm.lua', { input: C.BUILDER });
    fleet.ssh(h, `wezterm-mux-server --daemonize && for i in $(seq 50); do [ -S ${RT}/sock ] && exit 0; sleep 0.1; done`);
    fleet.ssh(h, 'wezterm cli --no-auto-start spawn -- claude --resume');
    fleet.ssh(h, 'wezterm cli --no-auto-start spawn -- codex --full-auto');
  }
  await sleep(300);
});
after(async () => {
  await fleet?.stop();
  rmSync(ca, { recursive: true, force: true });
});

for (const transport of TRANSPORTS) {
  describe(`every command over ${transport}`, () => {
    let inv: string;
    const run = (...args: string[]) => fleetCli(fleet, [...args, '--json', '--transport', transport, '-i', inv]);
    before(() => {
      inv = writeInventory(fleet, `${transport}.yaml`, `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: ${transport}\n`);
    });

    it('plans, applies, proves the reload, restores, and says which transport it used', async () => {
      const plan = await run('plan');
      assert.equal(plan.code, 0, plan.stderr);
      assert.deepEqual(statuses(plan.json), { [transport]: 'would-change' });
      assert.equal(plan.json.hosts[0].transport, transport);
      const apply = await run('apply', '--yes');
      assert.equal(apply.code, 0, apply.stderr);
      assert.deepEqual(statuses(apply.json), { [transport]: 'changed' });
      assert.equal(apply.json.hosts[0].detail.reload.state, 'loaded');
      assert.match(fleet.ssh(transport, 'cat ~/.wezterm.lua'), /scrollback_lines = /);
      const again = await run('apply', '--yes');
      assert.deepEqual(statuses(again.json), { [transport]: 'unchanged' });
      const restore = await run('restore', '--yes');
      assert.equal(restore.code, 0, restore.stderr);
      assert.equal(fleet.ssh(transport, 'cat ~/.wezterm.lua'), C.BUILDER, 'the original back');
    });

    it('reads the status, through sudo too', async () => {
      const r = await run('status');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.json.hosts[0].detail.agents.length, 2);
      const viaSudo = writeInventory(
        fleet,
        `${transport}-sudo.yaml`,
        `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: ${transport}\n    user: agent\n    sudo: true\n`,
      );
      const s = await fleetCli(fleet, ['status', '--json', '--transport', transport, '-i', viaSudo]);
      assert.equal(s.code, 0, s.stderr);
      assert.equal(s.json.hosts[0].detail.agents.length, 2, 'root mux seen through sudo from the agent user');
    });

    it('rescues the agents into tmux and restarts the mux, the agents living on', async () => {
      const old = muxPid(transport);
      const r = await run('rescue', '--yes', '--restart-mux');
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const agents = r.json.hosts[0].detail.agents as { pid: number; result: string }[];
      assert.equal(agents.length, 2);
      for (const a of agents) {
        assert.equal(a.result, 'rescued');
        assert.ok(alive(transport, a.pid), `agent ${a.pid} lives`);
      }
      assert.notEqual(muxPid(transport), old, 'a new mux');
    });

    it('restarts a mux whose agents were moved out', async () => {
      const old = muxPid(transport);
      const restart = await run('restart', '--yes');
      assert.equal(restart.code, 0, restart.stderr);
      assert.deepEqual(statuses(restart.json), { [transport]: 'changed' });
      assert.notEqual(muxPid(transport), old);
      assert.ok(!alive(transport, old), 'the old mux is gone');
    });
  });
}

describe('auto picks the system ssh where ssh2 cannot serve', () => {
  it('reaches a host behind a ProxyCommand hop, and ssh2 alone says why it cannot', async () => {
    const config = join(fleet.dir, 'proxy_config');
    writeFileSync(config, fleet.clientConfig(fleet.knownHosts, `Host p1\n  ProxyCommand ssh -F ${fleet.sshConfig} -W %h:%p jump\n`));
    const inv = writeInventory(fleet, 'proxy.yaml', `defaults:\n  ssh_config: ${config}\nhosts:\n  - name: p1\n`);
    const logins = () => readFileSync(join(fleet.host('jump').dir, 'sshd.log'), 'utf8').split('Accepted publickey').length;
    const before = logins();
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inv]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.json.hosts[0].transport, 'openssh');
    assert.ok(r.json.hosts[0].notes.some((n: string) => /ProxyCommand/.test(n)));
    assert.equal(logins(), before + 1, 'the hop carried the connection: one login on the jump host');
    const forced = await fleetCli(fleet, ['plan', '--json', '--transport', 'ssh2', '-i', inv]);
    assert.equal(forced.code, 1);
    assert.match(forced.json.hosts[0].reason, /ssh2 cannot run a ProxyCommand.*--transport auto or openssh/);
  });

  it('reaches a ProxyJump hop over the system ssh with every hop under --host-key-policy', async () => {
    // Known to nobody yet: ssh's own -J would check the jump host by ssh_config (StrictHostKeyChecking
    // yes) and refuse it whatever the policy; each hop of wezfleet's own ProxyCommand takes the policy.
    const knownHosts = join(fleet.dir, 'jump_known_hosts');
    writeFileSync(knownHosts, '');
    const config = join(fleet.dir, 'jump_config');
    writeFileSync(config, fleet.clientConfig(knownHosts, 'Host p1\n  ProxyJump jump\n'));
    const inv = writeInventory(fleet, 'jump.yaml', `defaults:\n  ssh_config: ${config}\nhosts:\n  - name: p1\n`);
    const logins = () => readFileSync(join(fleet.host('jump').dir, 'sshd.log'), 'utf8').split('Accepted publickey').length;
    const strict = await fleetCli(fleet, ['plan', '--json', '--transport', 'openssh', '-i', inv]);
    assert.equal(strict.code, 1, strict.stderr);
    assert.match(strict.json.hosts[0].reason, /host key/i);
    const before = logins();
    const off = await fleetCli(fleet, ['plan', '--json', '--transport', 'openssh', '--host-key-policy', 'off', '-i', inv]);
    assert.equal(off.code, 0, off.stderr + JSON.stringify(off.json?.hosts));
    assert.equal(off.json.hosts[0].transport, 'openssh');
    assert.equal(logins(), before + 1, 'the jump host carried the connection');
    assert.equal(readFileSync(knownHosts, 'utf8'), '', 'off never writes your known_hosts');
    const accept = await fleetCli(fleet, ['plan', '--json', '--transport', 'openssh', '--host-key-policy', 'accept-new', '-i', inv]);
    assert.equal(accept.code, 0, accept.stderr);
    const recorded = readFileSync(knownHosts, 'utf8');
    for (const h of ['jump', 'p1']) assert.ok(recorded.includes(fleet.host(h).hostKey.split(' ')[1]!), `${h}'s key recorded`);
  });

  it('logs in with a user certificate, to a host known only through @cert-authority', async () => {
    const key = join(fleet.clientDir, 'cert_user');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'cert-user', '-f', key]);
    execFileSync('ssh-keygen', ['-q', '-s', join(ca, 'user_ca'), '-I', 'tester', '-n', 'root', `${key}.pub`]);
    const c1 = fleet.host('c1');
    const knownHosts = join(fleet.clientDir, 'known_hosts_ca');
    writeFileSync(knownHosts, `@cert-authority ${c1.address} ${readFileSync(join(ca, 'host_ca.pub'), 'utf8')}`);
    const config = join(fleet.dir, 'cert_config');
    // Only the certificate's key: it is in no authorized_keys, so the certificate is what logs in.
    writeFileSync(config, fleet.clientConfig(knownHosts).replace(`IdentityFile ${fleet.clientKey}`, `IdentityFile ${key}`));
    const inv = writeInventory(fleet, 'cert.yaml', `defaults:\n  ssh_config: ${config}\nhosts:\n  - name: c1\n`);
    const r = await fleetCli(fleet, ['plan', '--json', '-i', inv]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(r.json.hosts[0].transport, 'openssh');
    const why = (r.json.hosts[0].notes as string[]).join(' ');
    assert.match(why, /user certificate/);
    assert.match(why, /@cert-authority/);
    assert.match(readFileSync(join(c1.dir, 'sshd.log'), 'utf8'), /Accepted publickey for root .*ED25519-CERT/);
    // strict still means strict: a host CA that does not match is refused by ssh itself.
    writeFileSync(knownHosts, `@cert-authority ${c1.address} ${readFileSync(join(ca, 'user_ca.pub'), 'utf8')}`);
    const refused = await fleetCli(fleet, ['plan', '--json', '-i', inv]);
    assert.equal(refused.code, 1);
    assert.equal(refused.json.hosts[0].status, 'unreachable');
    assert.match(refused.json.hosts[0].reason, /host key .* refused by ssh/);
  });

  it('logs in with a password typed on the terminal, asked once through wezfleet, shown nowhere', async () => {
    const config = join(fleet.dir, 'password_config');
    writeFileSync(config, fleet.clientConfig(fleet.knownHosts, 'Host pw\n  PubkeyAuthentication no\n'));
    const inv = writeInventory(fleet, 'password.yaml', `defaults:\n  ssh_config: ${config}\nhosts:\n  - name: pw\n    user: ops\n`);
    const r = await runCliInPty(
      ['plan', '-i', inv, '--wide'],
      clientEnv(fleet),
      [{ when: /pw: .*password/i, send: `${SUDO_PASSWORD}\r` }],
      fleet.dir,
    );
    assert.equal(r.unanswered, 0, r.output);
    assert.equal(r.code, 0, r.output);
    assert.match(r.output, /over the system's ssh for a password login/);
    assert.ok(!r.output.includes(SUDO_PASSWORD), 'the password was echoed');
    assert.match(readFileSync(join(fleet.host('pw').dir, 'sshd.log'), 'utf8'), /Accepted password for ops/);
    // Without a terminal nothing is asked: ssh is told not to, and says so.
    const batch = await fleetCli(fleet, ['plan', '--json', '-i', inv]);
    assert.equal(batch.code, 1);
    assert.match(batch.json.hosts[0].reason, /authentication failed/);
  });

  it('leaves no ssh of its own behind, run through or quit by two SIGTERMs half-way', async () => {
    /** Our masters: `ssh ... -M -S /tmp/wf-.../s`, found by their command lines, never killed by name. */
    const masters = () =>
      readdirSync('/proc')
        .filter((p) => /^\d+$/.test(p))
        .filter((p) => {
          try {
            const argv = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
            return argv[0] === 'ssh' && argv.includes('-M') && argv.some((a) => a.includes('/wf-'));
          } catch {
            return false;
          }
        });
    assert.deepEqual(masters(), [], 'after the runs above');
    const inv = writeInventory(
      fleet,
      'stop.yaml',
      `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: ssh2\n  - name: openssh\n`,
    );
    const child = spawn(process.execPath, [CLI, 'status', '--transport', 'openssh', '-i', inv], { env: clientEnv(fleet), stdio: 'ignore' });
    for (let i = 0; i < 100 && masters().length === 0; i++) await sleep(20);
    assert.ok(masters().length > 0, 'a master ran');
    // The second signal quits at once: whichever path ends them (the cancel, the close, the exit hook), none is left.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await sleep(30);
    child.kill('SIGTERM');
    await exited;
    for (let i = 0; i < 50 && masters().length > 0; i++) await sleep(20);
    assert.deepEqual(masters(), []);
  });
});
