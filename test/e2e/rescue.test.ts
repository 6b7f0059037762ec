import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import * as C from '../fixtures/configs.js';
import { AGENT_UID, Fleet, SUDO_PASSWORD } from '../fleet/fleet.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { CLI } from '../helpers/cli.js';
import { runCliInPty } from '../helpers/pty.js';
import { RESCUE_LOCK } from '../../src/remote/rescue-steal.js';
import { clientEnv, fleetCli, statuses, writeInventory } from '../helpers/fleet-cli.js';

/** Real tmux, real reptyr, real ptrace, against the stand-in mux that hangs up a pane's process on EOF unless Hold. */
let fleet: Fleet;
let inv: string;
const RT = '/run/user/0/wezterm';
const AGENT_RT = `/run/user/${AGENT_UID}/wezterm`;
const HOSTS = ['r1', 'r2', 'r3'];

const muxPid = (host: string) => Number(fleet.ssh(host, `cat ${RT}/pid`).trim());
const alive = (host: string, pid: number) => fleet.ssh(host, `kill -0 ${pid} 2>/dev/null && echo yes || echo no`).trim() === 'yes';
/** pts indexes whose master PID holds, from fdinfo. */
const mastersOf = (host: string, pid: number) =>
  fleet
    .ssh(host, `cat /proc/${pid}/fdinfo/* 2>/dev/null | sed -n 's/^tty-index:[[:space:]]*//p'`)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .sort();
const ttyOf = (host: string, pid: number) => fleet.ssh(host, `readlink /proc/${pid}/fd/0`).trim();

/** Where a user's mux keeps its socket, pid file and lock. */
const rtOf = (user: string) => (user === 'agent' ? AGENT_RT : RT);

function startMux(host: string, config: string, user = 'root'): void {
  fleet.ssh(host, 'cat > ~/.wezterm.lua', { user, input: config });
  fleet.ssh(host, `wezterm-mux-server --daemonize && for i in $(seq 50); do [ -S ${rtOf(user)}/sock ] && exit 0; sleep 0.1; done`, {
    user,
  });
}
const spawnPane = (host: string, user: string, ...argv: string[]) =>
  fleet.ssh(host, `wezterm cli --no-auto-start spawn -- ${argv.join(' ')}`, { user });

/** Four agents: claude and codex (each with a child in its group), one a shell started, and an idle shell that is not an agent. */
function startAgents(host: string, user = 'root'): void {
  spawnPane(host, user, 'claude', '--dangerously-skip-permissions');
  spawnPane(host, user, 'codex', '--full-auto');
  spawnPane(host, user, 'sh', '-c', "'codex --full-auto; echo the agent ended'");
  spawnPane(host, user, 'claude', '--resume');
  spawnPane(host, user, 'sh');
}

/**
 * A host without reptyr (the program hidden behind /dev/null, not executable), whose apt-get is a
 * stand-in that records its arguments and "installs" reptyr by uncovering it: no network, no dpkg.
 */
const HIDE_REPTYR = [
  'mount --bind /dev/null /usr/bin/reptyr',
  `printf '#!/bin/sh\\necho "$*" >> /root/apt-calls\\numount /usr/bin/reptyr\\n' > "$1/fake-apt-get"`,
  'chmod 755 "$1/fake-apt-get"',
  'mount --bind "$1/fake-apt-get" /usr/bin/apt-get',
].join('\n');

/**
 * A host whose kernel has Yama at scope 1: a root-owned copy of /proc/sys/kernel on a tmpfs over it,
 * in this host's mount namespace only, since this machine's kernel has no Yama. A user cannot write
 * it, so lowering it proves the step ran as root.
 */
const FAKE_YAMA = [
  'mkdir -p "$1/kernel/yama"',
  'for f in /proc/sys/kernel/*; do [ -f "$f" ] && cat "$f" > "$1/kernel/${f##*/}" 2>/dev/null || true; done',
  'echo 1 > "$1/kernel/yama/ptrace_scope"',
  'mount -t tmpfs -o mode=755 none /proc/sys/kernel',
  'cp -a "$1/kernel/." /proc/sys/kernel/',
].join('\n');

before(async () => {
  fleet = await Fleet.start(5, [
    ...HOSTS.map((name) => ({ name, ramGiB: 128 })),
    { name: 'guide', ramGiB: 64 },
    { name: 'hung', ramGiB: 64 },
    // Interrupted rescues, by the agents' own user (so ptrace_scope is lowered for them), Yama at 1.
    { name: 'cut', ramGiB: 64, setup: FAKE_YAMA },
    { name: 'ctrlc', ramGiB: 64, setup: FAKE_YAMA },
    // A host without reptyr: the program hidden behind /dev/null (not executable).
    { name: 'noreptyr', ramGiB: 64, setup: HIDE_REPTYR },
    // The agents' own user runs the mux; ops reaches it through sudo.
    { name: 'owned', ramGiB: 64, setup: FAKE_YAMA },
  ]);
  inv = writeInventory(
    fleet,
    'rescue.yaml',
    `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n${HOSTS.map((h) => `  - name: ${h}\n`).join('')}`,
  );
  for (const h of [...HOSTS, 'guide', 'hung', 'noreptyr']) {
    startMux(h, C.BUILDER);
    startAgents(h);
  }
  startMux('owned', C.BUILDER, 'agent');
  spawnPane('owned', 'agent', 'claude', '--resume');
  spawnPane('owned', 'agent', 'codex', '--full-auto');
  // More agents where a rescue is interrupted, so that it is still moving them when it is.
  for (const h of ['cut', 'ctrlc']) {
    startMux(h, C.BUILDER, 'agent');
    for (let i = 0; i < 4; i++) startAgents(h, 'agent');
  }
  await sleep(500);
});
after(() => fleet?.stop());

describe('wezfleet rescue', () => {
  it('--plan finds the four agents of each host, one per pty, from /proc, and changes nothing', async () => {
    const r = await fleetCli(fleet, ['rescue', '--plan', '--json', '-i', inv]);
    assert.equal(r.code, 0, r.stderr);
    for (const h of r.json.hosts) {
      assert.equal(h.status, 'would-change');
      assert.deepEqual(h.detail.agents.map((a: any) => a.agent).sort(), ['claude', 'claude', 'codex', 'codex']);
      assert.ok(h.detail.agents.every((a: any) => a.result === 'would rescue'));
      assert.equal(new Set(h.detail.agents.map((a: any) => a.tty)).size, 4, 'one steal per pty');
    }
    assert.equal(mastersOf('r1', muxPid('r1')).length, 5, 'the mux still holds every pane');
    assert.doesNotMatch(fleet.ssh('r1', 'cat /root/.wezterm.lua'), /exit_behavior/);
  });

  it('moves every agent into tmux, proves each move, restarts the mux, and the agents live on, answering in their windows', async () => {
    const oldMux = Object.fromEntries(HOSTS.map((h) => [h, muxPid(h)]));
    const r = await fleetCli(fleet, ['rescue', '--yes', '--restart-mux', '--json', '-i', inv]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.deepEqual(statuses(r.json), { r1: 'changed', r2: 'changed', r3: 'changed' });
    for (const h of r.json.hosts) {
      const host = h.host as string;
      assert.equal(h.detail.hold, 'proven');
      assert.equal(h.detail.muxRestarted, true);
      assert.notEqual(muxPid(host), oldMux[host], 'a new mux');
      assert.ok(!alive(host, oldMux[host]!), 'the old mux is gone');
      assert.doesNotMatch(fleet.ssh(host, 'cat /root/.wezterm.lua'), /exit_behavior/, 'the Hold line went back out');
      assert.equal(h.detail.agents.length, 4);
      for (const a of h.detail.agents) {
        assert.equal(a.result, 'rescued', JSON.stringify(a));
        assert.ok(alive(host, a.pid), `${host} ${a.agent} ${a.pid} lives`);
        assert.equal(ttyOf(host, a.pid), a.tty, 'on its own pty still');
        const reptyr = Number(
          fleet.ssh(host, `tmux list-windows -t rescue -F '#{window_name} #{pane_pid}' | sed -n 's/^${a.window} //p'`).trim(),
        );
        assert.deepEqual(mastersOf(host, reptyr), [Number(a.tty.replace('/dev/pts/', ''))], 'its reptyr holds the pty master');
      }
    }
    // Typed into a window, read by the agent, and its answer comes back.
    const a = r.json.hosts[0].detail.agents[0];
    fleet.ssh('r1', `tmux send-keys -t rescue:${a.window} 'hello from tmux' Enter`);
    await sleep(800);
    assert.match(fleet.ssh('r1', `tmux capture-pane -p -t rescue:${a.window}`), /got: hello from tmux/);
  });

  it('status shows the rescued agents in tmux and whether they live', async () => {
    const sInv = writeInventory(fleet, 'status.yaml', `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: r3\n`);
    const r = await fleetCli(fleet, ['status', '--json', '-i', sInv]);
    assert.equal(r.code, 0, r.stderr);
    const rescued = r.json.hosts[0].detail.rescued;
    assert.equal(rescued.length, 4);
    assert.ok(rescued.every((x: any) => x.alive && x.session === 'rescue'));
    fleet.ssh('r3', `kill -KILL ${rescued[0].pid}`);
    await sleep(300);
    const after = await fleetCli(fleet, ['status', '-i', sInv]);
    assert.match(after.stdout, /rescued in tmux: 4 \(3 alive\)/);
  });

  it('a second run finds them already rescued and steals nothing twice', async () => {
    const windows = fleet.ssh('r2', 'tmux list-windows -t rescue | wc -l').trim();
    const r = await fleetCli(fleet, ['rescue', '--yes', '--json', '-i', inv, '--limit', 'r2']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.json.hosts[0].status, 'unchanged');
    assert.deepEqual(
      r.json.hosts[0].detail.agents.map((x: any) => x.result),
      ['already rescued', 'already rescued', 'already rescued', 'already rescued'],
    );
    assert.equal(fleet.ssh('r2', 'tmux list-windows -t rescue | wc -l').trim(), windows);
  });

  it('refuses where reptyr is missing, with the command that installs it, and changes nothing', async () => {
    const only = writeInventory(fleet, 'noreptyr.yaml', `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: noreptyr\n`);
    const before = fleet.ssh('noreptyr', 'cat /root/.wezterm.lua');
    const mux = muxPid('noreptyr');
    const r = await fleetCli(fleet, ['rescue', '--yes', '--json', '-i', only]);
    assert.equal(r.code, 1);
    assert.equal(r.json.hosts[0].status, 'refused');
    assert.match(r.json.hosts[0].reason, /reptyr is not installed; nothing was changed/);
    assert.match(
      r.json.hosts[0].fix,
      /sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q reptyr tmux.*or rescue again with --install/,
    );
    assert.equal(fleet.ssh('noreptyr', 'cat /root/.wezterm.lua'), before);
    assert.equal(mastersOf('noreptyr', mux).length, 5);
  });

  it("--install installs them through sudo with the host's package manager, then rescues (into --session night)", async () => {
    const only = writeInventory(fleet, 'noreptyr.yaml', `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: noreptyr\n`);
    const r = await fleetCli(fleet, ['rescue', '--yes', '--install', '--session', 'night', '--json', '-i', only]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.match(fleet.ssh('noreptyr', 'cat /root/apt-calls'), /^install -y -q reptyr tmux$/m);
    assert.deepEqual(
      r.json.hosts[0].detail.agents.map((a: any) => a.result),
      ['rescued', 'rescued', 'rescued', 'rescued'],
    );
    // status finds them in that session too.
    const st = await fleetCli(fleet, ['status', '-i', only]);
    assert.match(st.stdout, /rescued in tmux \(night\): 4 \(4 alive\)/);
  });

  it('a hung mux: Hold cannot be proven, so it stops without --force; with it, every agent is saved', async () => {
    const hungInv = writeInventory(fleet, 'hung.yaml', `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: hung\n`);
    const mux = muxPid('hung');
    fleet.ssh('hung', `kill -USR1 ${mux}`);
    await sleep(300);
    const stopped = await fleetCli(fleet, ['rescue', '--yes', '--json', '-i', hungInv]);
    assert.equal(stopped.code, 1);
    assert.match(stopped.json.hosts[0].reason, /did not prove it loaded exit_behavior = "Hold"/);
    assert.equal(mastersOf('hung', mux).length, 5, 'no agent moved');
    const r = await fleetCli(fleet, ['rescue', '--yes', '--force', '--restart-mux', '--json', '-i', hungInv]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const d = r.json.hosts[0].detail;
    assert.match(d.hold, /^not proven/);
    assert.deepEqual(
      d.agents.map((a: any) => a.result),
      ['rescued', 'rescued', 'rescued', 'rescued'],
    );
    assert.ok(!alive('hung', mux), 'the hung mux was replaced');
    for (const a of d.agents) assert.ok(alive('hung', a.pid), `${a.agent} ${a.pid} lives`);
  });

  const scopeOf = (host: string) => fleet.ssh(host, 'cat /proc/sys/kernel/yama/ptrace_scope').trim();
  const savedScope = (host: string) => fleet.ssh(host, 'cat /run/wezfleet-rescue-ptrace-scope 2>/dev/null || echo none').trim();

  /**
   * Interrupts a rescue of `host` by the agents' own user, Yama at 1, once the first agent has its
   * window. Every agent must be alive throughout, the host must finish the moves by itself, ptrace_scope
   * must be in a known state (`atExit`), and a second run must move nothing twice and leave it at 1.
   */
  async function interruptThenFinish(
    host: string,
    interrupt: (child: ChildProcess) => void,
    atExit: (moved: number) => void | Promise<void>,
  ): Promise<void> {
    const hostInv = writeInventory(
      fleet,
      `${host}.yaml`,
      `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: ${host}\n    user: agent\n`,
    );
    const agents = (await fleetCli(fleet, ['rescue', '--plan', '--json', '-i', hostInv])).json.hosts[0].detail.agents.map(
      (a: any) => a.pid,
    );
    assert.equal(agents.length, 16);
    const child = spawn(process.execPath, [CLI, 'rescue', '--yes', '--json', '-i', hostInv], {
      env: { PATH: process.env.PATH, ...clientEnv(fleet) },
      stdio: 'ignore',
    });
    /** Windows of moved agents (named AGENT-PID), in the agents' own tmux. */
    const windows = () =>
      Number(
        fleet
          .ssh(host, "tmux list-windows -t rescue -F '#{window_name}' 2>/dev/null | grep -c -E -- '-[0-9]+$' || true", { user: 'agent' })
          .trim(),
      );
    for (let i = 0; i < 200 && windows() < 1; i++) await sleep(50);
    interrupt(child);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.notEqual(code, 0, 'an interrupted rescue does not report success');
    await atExit(windows());
    await sleep(1500);
    for (const pid of agents) assert.ok(alive(host, pid), `agent ${pid} survived`);
    for (let i = 0; i < 100; i++) {
      if (fleet.ssh(host, `flock -n ${AGENT_RT}/${RESCUE_LOCK} true && echo free || echo held`).trim() === 'free') break;
      await sleep(100);
    }
    // The moves ran detached from the session: the host finished them by itself.
    assert.equal(windows(), 16, 'the host went on with the moves after the client was gone');
    const r = await fleetCli(fleet, ['rescue', '--yes', '--json', '-i', hostInv]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const results = r.json.hosts[0].detail.agents.map((a: any) => a.result);
    assert.equal(results.length, 16);
    assert.ok(
      results.every((x: string) => x === 'already rescued'),
      results.join(', '),
    );
    for (const pid of agents) assert.ok(alive(host, pid));
    assert.equal(windows(), 16, 'nothing moved twice');
    assert.equal(scopeOf(host), '1');
    assert.equal(savedScope(host), 'none');
  }

  it('a connection cut in the middle: the host finishes the moves by itself, every agent alive, nothing moved twice', () =>
    interruptThenFinish(
      'cut',
      (child) => child.kill('SIGKILL'),
      async (moved) => {
        // The host side may finish the move it was making when the client went; it never half-moves.
        assert.ok(moved >= 1 && moved < 16, `interrupted after ${moved} of 16 moves`);
        // The agents' user cannot write the sysctl: the value stays saved for the next rescue to put back.
        assert.equal(scopeOf('cut'), '0');
        assert.equal(savedScope('cut'), '1');
        const status = await fleetCli(fleet, ['status', '--json', '-i', join(fleet.dir, 'cut.yaml')]);
        assert.ok(
          status.json.hosts[0].detail.warnings.some((w: string) =>
            /ptrace_scope is still lowered by an interrupted rescue \(it was 1\)/.test(w),
          ),
          status.stdout,
        );
      },
    ));

  it('Ctrl-C in the middle: the moves end, then ptrace_scope is put back before wezfleet exits', () =>
    interruptThenFinish(
      'ctrlc',
      (child) => child.kill('SIGINT'),
      (moved) => {
        // Shutting ptrace under the moves would fail them half-way: the restore waited for them.
        assert.equal(moved, 16);
        assert.equal(scopeOf('ctrlc'), '1');
        assert.equal(savedScope('ctrlc'), 'none');
      },
    ));

  it("ops through sudo as the agents' user: ptrace_scope lowered as root and put back; the tmux is the agents' own", async () => {
    const ownedInv = writeInventory(
      fleet,
      'owned.yaml',
      `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: owned\n    user: ops\n    sudo: true\n    sudo_user: agent\n`,
    );
    const r = await runCliInPty(
      ['rescue', '--yes', '--json', '--log-level', 'silent', '-i', ownedInv],
      clientEnv(fleet),
      [{ when: /sudo password/, send: `${SUDO_PASSWORD}\r` }],
      fleet.dir,
    );
    assert.equal(r.unanswered, 0, r.output);
    assert.equal(r.code, 0, r.output);
    const host = JSON.parse(r.output.slice(r.output.indexOf('{'))).hosts[0];
    assert.deepEqual(host.detail.ptraceScope, { before: 1, during: 0, after: 1 }, 'lowered for the moves, then put back');
    assert.equal(host.detail.tmuxUser, 'agent');
    assert.equal(fleet.ssh('owned', 'cat /proc/sys/kernel/yama/ptrace_scope').trim(), '1');
    assert.equal(
      fleet.ssh('owned', 'ls /run/wezfleet-rescue-ptrace-scope 2>/dev/null || echo none').trim(),
      'none',
      'nothing left to restore',
    );
    assert.deepEqual(
      host.detail.agents.map((a: any) => a.result),
      ['rescued', 'rescued'],
    );
    // The agents' user reaches the windows with plain tmux: its server and every reptyr in it are that user's.
    const windows = fleet.ssh('owned', "tmux list-windows -t rescue -F '#{window_name} #{pane_pid}'", { user: 'agent' });
    for (const a of host.detail.agents) {
      assert.ok(alive('owned', a.pid), `${a.agent} ${a.pid} lives`);
      const reptyr = new RegExp(`^${a.window} (\\d+)$`, 'm').exec(windows)?.[1];
      assert.ok(reptyr, `window ${a.window} in the agents' tmux: ${windows}`);
      assert.equal(fleet.ssh('owned', `stat -c %u /proc/${reptyr}`).trim(), String(AGENT_UID), "reptyr runs as the agents' user");
    }
  });

  it("the guide's order (reptyr without Hold first) loses the agent: the mux kills what reptyr took", async () => {
    const pid = Number(
      fleet.ssh('guide', 'ps -e -o pid=,args= | awk \'$2 == "claude" && $3 == "--dangerously-skip-permissions" {print $1; exit}\'').trim(),
    );
    assert.ok(alive('guide', pid));
    fleet.ssh('guide', `tmux new-session -d -s guide -x 200 -y 50; tmux new-window -d -t guide: reptyr -T ${pid}`);
    await sleep(1500);
    assert.equal(alive('guide', pid), false, 'without Hold the agent dies within moments of the steal');
  });
});
