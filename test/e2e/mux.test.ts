import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import * as C from '../fixtures/configs.js';
import { Fleet } from '../fleet/fleet.js';
import { CLI } from '../helpers/cli.js';
import { fleetCli, writeInventory } from '../helpers/fleet-cli.js';
import { runCliInPty } from '../helpers/pty.js';

let fleet: Fleet;
let inv: string;

const RT = '/run/user/0/wezterm';
const muxPid = (host: string) => Number(fleet.ssh(host, `cat ${RT}/pid`).trim());
const alive = (host: string, pid: number) => fleet.ssh(host, `kill -0 ${pid} 2>/dev/null && echo yes || echo no`).trim() === 'yes';
/** What the stand-in mux runs with right now (a test-only window, not part of WezTerm). */
const muxValues = (host: string) => JSON.parse(fleet.ssh(host, 'wezterm cli --no-auto-start x-standin-settings')).values;
const agentPids = (host: string) =>
  fleet.ssh(host, "ps -e -o pid=,args= | grep -E ' (claude|codex) ' | awk '{print $1}'").trim().split('\n').filter(Boolean).map(Number);

function startMux(host: string, config?: string): void {
  if (config !== undefined) fleet.ssh(host, 'cat > /root/.wezterm.lua', { input: config });
  fleet.ssh(host, `wezterm-mux-server --daemonize && for i in $(seq 50); do [ -S ${RT}/sock ] && exit 0; sleep 0.1; done`);
}

/** apply --yes --json on the hosts of `limit`. */
const applyOn = (limit: string, ...flags: string[]) => fleetCli(fleet, ['apply', '--yes', '--json', '-i', inv, '--limit', limit, ...flags]);

function spawnPane(host: string, ...argv: string[]): void {
  fleet.ssh(host, `wezterm cli --no-auto-start spawn -- ${argv.join(' ')}`);
}

before(async () => {
  fleet = await Fleet.start(4, [
    { name: 'up', ramGiB: 200 },
    { name: 'down', ramGiB: 64 },
    { name: 'noconf', ramGiB: 128 },
    { name: 'unmanaged', ramGiB: 256 },
    { name: 'svc', ramGiB: 64 },
    { name: 'threads', ramGiB: 64 },
    { name: 'cfgfile', ramGiB: 128 },
  ]);
  inv = writeInventory(
    fleet,
    'inventory.yaml',
    `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n${fleet.hosts.map((h) => `  - name: ${h.name}\n`).join('')}`,
  );
  startMux('up', C.BUILDER);
  spawnPane('up', 'claude', '--dangerously-skip-permissions');
  spawnPane('up', 'codex', '--full-auto');
  spawnPane('up', 'sh');
  fleet.ssh('down', 'cat > /root/.wezterm.lua', { input: C.BUILDER });
  startMux('noconf');
  startMux('unmanaged', C.TABLE_LITERAL);
  // svc's mux is a systemd user unit, as some hosts run it.
  fleet.ssh('svc', 'mkdir -p /root/.config/systemd/user && cat > /root/.config/systemd/user/wezterm-mux-server.service', {
    input: '[Service]\nExecStart=/usr/local/bin/wezterm-mux-server --daemonize=false\nRestart=on-failure\n',
  });
  fleet.ssh('svc', `systemctl --user start wezterm-mux-server && for i in $(seq 50); do [ -S ${RT}/sock ] && exit 0; sleep 0.1; done`);
  await sleep(300);
});
after(() => fleet?.stop());

describe('status', () => {
  it("shows each host's mux, panes, agents, load, memory and config state", async () => {
    const r = await fleetCli(fleet, ['status', '--json', '-i', inv]);
    assert.equal(r.code, 0, r.stderr);
    const by = Object.fromEntries(r.json.hosts.map((h: any) => [h.host, h.detail]));

    assert.equal(by.up.mux.running, true);
    assert.equal(by.up.mux.pid, muxPid('up'));
    assert.ok(by.up.mux.rssKb > 0 && by.up.mux.fds >= 3 && by.up.mux.uptimeSeconds >= 0);
    assert.equal(by.up.panes, 3);
    assert.deepEqual(by.up.agents.map((a: any) => a.agent).sort(), ['claude', 'codex']);
    assert.equal(by.up.config.state, 'unmanaged');
    assert.equal(by.up.cores > 0 && by.up.load.length, 3);
    assert.ok(by.up.memAvailableKb > 0 && by.up.memAvailableKb <= by.up.memTotalKb);

    assert.deepEqual(by.down.mux, { running: false });
    assert.equal(by.down.config.state, 'unmanaged');
    assert.match(by.down.hints.join('\n'), /no mux is running/);
    assert.equal(by.noconf.config.state, 'no config');
    assert.equal(by.unmanaged.config.state, 'unmanaged');
    assert.equal(by.unmanaged.panes, 0);
  });

  it('prints a table with the hints beside the problems', async () => {
    const r = await fleetCli(fleet, ['status', '-i', inv, '--limit', 'up,down']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\nup +pid \d+/);
    assert.match(r.stdout, /2 \(claude 1, codex 1\)/);
    assert.match(r.stdout, /\ndown +down /);
    assert.match(r.stdout, /hint: no mux is running: start one with/);
  });
});

describe('status --prometheus', () => {
  // Debian's python3, where python3-prometheus-client is installed (a pyenv python3 may come first on PATH).
  /** The file as Prometheus' own Python client parses the exposition format: [name, labels, value][]. */
  const parseExposition = (file: string): [string, Record<string, string>, number][] =>
    JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          [
            'import json, sys',
            'from prometheus_client.parser import text_string_to_metric_families',
            'out = [[s.name, s.labels, s.value] for f in text_string_to_metric_families(open(sys.argv[1]).read()) for s in f.samples]',
            'print(json.dumps(out))',
          ].join('\n'),
          file,
        ],
        { encoding: 'utf8' },
      ),
    );

  it('writes textfile-collector metrics for every host, atomically, that agree with the JSON', async () => {
    const file = join(fleet.dir, 'wezfleet.prom');
    const r = await fleetCli(fleet, ['status', '--json', '-i', inv, '--limit', 'up,down', '--prometheus', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      readdirSync(fleet.dir).filter((f) => f.startsWith('wezfleet.prom.')),
      [],
      'no temp file left',
    );
    const samples = parseExposition(file);
    const value = (name: string, labels: Record<string, string>) =>
      samples.find(([n, l]) => n === name && Object.entries(labels).every(([k, v]) => l[k] === v))?.[2];
    const up = r.json.hosts.find((h: any) => h.host === 'up').detail;
    assert.equal(value('wezfleet_host_up', { host: 'up' }), 1);
    assert.equal(value('wezfleet_mux_up', { host: 'up' }), 1);
    assert.equal(value('wezfleet_mux_up', { host: 'down' }), 0);
    assert.equal(value('wezfleet_mux_pid', { host: 'up' }), up.mux.pid);
    assert.equal(value('wezfleet_mux_resident_memory_bytes', { host: 'up' }), up.mux.rssKb * 1024);
    assert.equal(value('wezfleet_mux_open_fds', { host: 'up' }), up.mux.fds);
    assert.equal(value('wezfleet_mux_panes', { host: 'up' }), 3);
    assert.equal(value('wezfleet_agents', { host: 'up', agent: 'claude' }), 1);
    assert.equal(value('wezfleet_agents', { host: 'up', agent: 'codex' }), 1);
    assert.equal(value('wezfleet_agents', { host: 'up', agent: 'gemini' }), 0);
    assert.equal(value('wezfleet_config_state', { host: 'up', state: up.config.state.replace(' ', '_') }), 1);
    assert.equal(samples.filter(([n, l, v]) => n === 'wezfleet_config_state' && l.host === 'up' && v === 1).length, 1);
    assert.equal(value('wezfleet_config_reload_failed', { host: 'down' }), 0);
    assert.ok(value('wezfleet_mux_uptime_seconds', { host: 'up' })! >= 0);
    assert.equal(value('wezfleet_mux_pid', { host: 'down' }), undefined);
    assert.ok(Math.abs(value('wezfleet_status_timestamp_seconds', {})! - Date.now() / 1000) < 60);
  });

  it('marks a host it could not reach, and refuses a file the collector would not read', async () => {
    const bad = writeInventory(
      fleet,
      'prom-bad.yaml',
      `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n  - name: up\n  - name: ghost\n    host: 127.77.254.254\n`,
    );
    const file = join(fleet.dir, 'bad.prom');
    const r = await fleetCli(fleet, ['status', '-i', bad, '--prometheus', file, '--connect-timeout', '2', '--retries', '0']);
    assert.equal(r.code, 1);
    const samples = parseExposition(file);
    assert.deepEqual(
      samples
        .filter(([n]) => n === 'wezfleet_host_up')
        .map(([, l, v]) => [l.host, v])
        .sort(),
      [
        ['ghost', 0],
        ['up', 1],
      ],
    );
    const wrong = await fleetCli(fleet, ['status', '-i', inv, '--prometheus', join(fleet.dir, 'metrics.txt')]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /only files ending in \.prom/);
  });
});

describe('proof of reload', () => {
  it('apply proves the running mux loaded the new block, with no restart and no agent touched', async () => {
    const pid = muxPid('up');
    const agents = agentPids('up');
    const r = await applyOn('up');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.json.hosts[0].detail.reload, { state: 'loaded' });
    assert.equal(muxValues('up').scrollback_lines, 3_700_000);
    assert.equal(muxValues('up').mux_output_parser_buffer_size, 6_553_600);
    assert.equal(muxPid('up'), pid);
    assert.deepEqual(agentPids('up'), agents);
    const table = await fleetCli(fleet, ['apply', '--yes', '-i', inv, '--limit', 'up', '--ram', '256']);
    assert.match(table.stdout, / loaded /);
    assert.match(table.stdout, /No restart is needed/);
    const status = await fleetCli(fleet, ['status', '--json', '-i', inv, '--limit', 'up', '--ram', '256']);
    assert.equal(status.json.hosts[0].detail.config.state, 'in sync');
  });

  it('a config the mux cannot load is reported as reload failed, apply refuses it, and the mux keeps its old values', async () => {
    const before = muxValues('unmanaged');
    // Valid Lua that fails in a mux (no GUI module there): by hand first, then through apply.
    fleet.ssh('unmanaged', 'cat > /root/.wezterm.lua', { input: C.BUILDER_WITH_GUI_CALL });
    await sleep(800);
    const status = await fleetCli(fleet, ['status', '--json', '-i', inv, '--limit', 'unmanaged']);
    assert.equal(status.json.hosts[0].detail.config.state, 'reload failed');
    assert.match(status.json.hosts[0].detail.config.error, /Configuration Error: .*field 'gui'/);
    assert.equal(status.json.hosts[0].detail.config.check.cause, 'gui', 'the check of the file says the same, and why');

    const r = await applyOn('unmanaged', '--reload-timeout', '5');
    assert.equal(r.code, 1, r.stderr);
    const host = r.json.hosts[0];
    assert.equal(host.status, 'refused', 'a block in a config the mux cannot load would never take effect');
    assert.match(host.reason, /cannot load in wezterm-mux-server: \/root\/\.wezterm\.lua:3: .*field 'gui'/);
    assert.match(host.fix, /if wezterm\.gui then/);
    assert.equal(fleet.ssh('unmanaged', 'cat /root/.wezterm.lua'), C.BUILDER_WITH_GUI_CALL, 'nothing was written');
    assert.deepEqual(muxValues('unmanaged'), before, 'the mux still runs on its previous values');
  });

  it("only a marker logged after the write is proof: the same block's marker from before is not", async () => {
    fleet.ssh('unmanaged', 'cat > /root/.wezterm.lua', { input: C.BUILDER });
    await sleep(800);
    const first = await applyOn('unmanaged', '--ram', '64');
    assert.equal(first.json.hosts[0].detail.reload.state, 'loaded', first.stderr);
    // The mux stops watching its config (it loads this, then ignores later changes); the block is gone.
    const noWatch = C.BUILDER.replace('return config', 'config.automatically_reload_config = false\nreturn config');
    fleet.ssh('unmanaged', 'cat > /root/.wezterm.lua', { input: noWatch });
    await sleep(800);
    const again = await applyOn('unmanaged', '--ram', '64', '--reload-timeout', '1');
    assert.equal(again.json.hosts[0].status, 'changed');
    assert.equal(again.json.hosts[0].detail.blockHash, first.json.hosts[0].detail.blockHash, 'the same block, whose marker the log holds');
    assert.equal(again.json.hosts[0].detail.reload.state, 'not loaded yet');
  });

  it('patches the file the mux was started with (--config-file), not the one beside it in $HOME', async () => {
    fleet.ssh('cfgfile', 'mkdir -p /etc/wezterm && cat > /etc/wezterm/mux.lua', { input: C.BUILDER });
    fleet.ssh('cfgfile', 'cat > /root/.wezterm.lua', { input: C.TABLE_LITERAL });
    fleet.ssh(
      'cfgfile',
      `wezterm-mux-server --daemonize --config-file /etc/wezterm/mux.lua && for i in $(seq 50); do [ -S ${RT}/sock ] && exit 0; sleep 0.1; done`,
    );
    const r = await applyOn('cfgfile');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.json.hosts[0].detail.config.path, '/etc/wezterm/mux.lua');
    assert.deepEqual(r.json.hosts[0].detail.reload, { state: 'loaded' });
    assert.equal(muxValues('cfgfile').scrollback_lines, 2_000_000);
    assert.equal(fleet.ssh('cfgfile', 'cat /root/.wezterm.lua'), C.TABLE_LITERAL);
  });

  it('a mux started before its config existed does not load it; apply --restart restarts just that one', async () => {
    const old = muxPid('noconf');
    const r = await applyOn('noconf,up', '--restart', '--reload-timeout', '2', '--ram', '512');
    assert.equal(r.code, 0, r.stderr);
    const by = Object.fromEntries(r.json.hosts.map((h: any) => [h.host, h.detail]));
    assert.equal(by.noconf.reload.state, 'not loaded yet');
    assert.equal(by.noconf.restart.oldPid, old);
    assert.equal(by.noconf.restart.newPid, muxPid('noconf'));
    assert.notEqual(muxPid('noconf'), old);
    assert.equal(muxValues('noconf').scrollback_lines, 10_000_000);
    assert.equal(by.up.reload.state, 'loaded');
    assert.equal(by.up.restart, undefined, 'a mux that loaded its config is never restarted');
  });
});

describe('status --watch', () => {
  it('redraws until Ctrl-C, and refuses to poll a mux more often than every 5 s', async () => {
    const tooOften = await fleetCli(fleet, ['status', '--watch', '1', '-i', inv]);
    assert.equal(tooOften.code, 2);
    assert.match(tooOften.stderr, /--watch: expected a number of seconds of at least 5/);

    const child = spawn(process.execPath, [CLI, 'status', '--watch', '5', '--json', '-i', inv, '--limit', 'svc'], {
      env: { PATH: process.env.PATH, HOME: fleet.clientDir, XDG_STATE_HOME: join(fleet.clientDir, 'state') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let interruptedAt = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!interruptedAt && /"command": "status"[\s\S]*\n}\n$/.test(out)) {
        interruptedAt = Date.now();
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
    assert.equal(out.match(/"command": "status"/g)?.length, 1);
    assert.ok(Date.now() - interruptedAt < 3000, 'Ctrl-C ends the wait at once');
  });
});

describe('restart', () => {
  it('needs --yes without a terminal', async () => {
    const r = await fleetCli(fleet, ['restart', '-i', inv, '--limit', 'up']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pass --yes/);
  });

  it('refuses where agents run, then with --force kills only the mux, by pid, and starts one that outlives the session', async () => {
    const old = muxPid('up');
    const agents = agentPids('up');
    assert.equal(agents.length, 4, 'two agents, each with its child');
    const refused = await fleetCli(fleet, ['restart', '--yes', '--json', '-i', inv, '--limit', 'up']);
    assert.equal(refused.code, 1);
    assert.equal(refused.json.hosts[0].status, 'refused');
    assert.match(refused.json.hosts[0].reason, /2 agents are running in this mux \(claude 1, codex 1\)/);
    assert.match(refused.json.hosts[0].fix, /Rescue.*--force/);
    assert.equal(muxPid('up'), old);
    assert.ok(agents.every((p) => alive('up', p)));

    // Bystanders whose command lines say "wezterm-mux": what `pkill -f wezterm-mux` would have killed.
    const tail = Number(
      fleet
        .ssh('up', `setsid -f tail -f ${RT}/wezterm-mux-server-log-${old}.txt >/dev/null 2>&1 </dev/null; sleep 0.2; pgrep -n -x tail`)
        .trim(),
    );
    const lookalike = Number(
      fleet
        .ssh('up', `setsid -f bash -c 'exec -a wezterm-mux-watchdog sleep 600' >/dev/null 2>&1 </dev/null; sleep 0.2; pgrep -n -x sleep`)
        .trim(),
    );
    assert.match(fleet.ssh('up', `tr '\\0' ' ' < /proc/${lookalike}/cmdline`), /wezterm-mux-watchdog/);

    const r = await fleetCli(fleet, ['restart', '--yes', '--force', '--json', '-i', inv, '--limit', 'up']);
    assert.equal(r.code, 0, r.stderr);
    const d = r.json.hosts[0].detail;
    assert.equal(d.oldPid, old);
    assert.notEqual(d.newPid, old);
    assert.equal(d.via, 'direct');
    assert.equal(d.agents.length, 2);

    // A new SSH session: the new mux is still there and answers, on the tuned values.
    assert.equal(muxPid('up'), d.newPid);
    assert.ok(alive('up', d.newPid));
    assert.equal(fleet.ssh('up', 'wezterm cli --no-auto-start list --format json').trim(), '[]');
    assert.equal(muxValues('up').scrollback_lines, 10_000_000);
    assert.ok(!alive('up', old));
    assert.ok(
      agents.every((p) => !alive('up', p)),
      'the agents died with their panes, as forced',
    );
    assert.ok(alive('up', tail), 'tail -f of the mux log survives');
    assert.ok(alive('up', lookalike), 'a process named like the mux survives');
  });

  it('goes through systemctl --user where a user unit manages the mux, never starting a second daemon', async () => {
    const old = Number(fleet.ssh('svc', 'systemctl --user show -p MainPID --value wezterm-mux-server').trim());
    assert.ok(alive('svc', old));
    const status = await fleetCli(fleet, ['status', '--json', '-i', inv, '--limit', 'svc']);
    assert.deepEqual([status.json.hosts[0].detail.mux.pid, status.json.hosts[0].detail.mux.managedBy], [old, 'systemd']);
    const r = await fleetCli(fleet, ['restart', '--yes', '--json', '-i', inv, '--limit', 'svc']);
    assert.equal(r.code, 0, r.stderr);
    const d = r.json.hosts[0].detail;
    assert.deepEqual([d.via, d.oldPid], ['systemd', old]);
    assert.equal(d.newPid, Number(fleet.ssh('svc', 'systemctl --user show -p MainPID --value wezterm-mux-server').trim()));
    assert.notEqual(d.newPid, old);
    assert.match(
      fleet.ssh('svc', `cat ${'/run/user/0'}/fake-systemd/calls`),
      /^start wezterm-mux-server\n(show .*\n)*restart wezterm-mux-server\n/,
    );
    assert.equal(fleet.ssh('svc', "ps -e -o comm= | grep -c '^wezterm-mux-ser'").trim(), '1', 'one mux, not two');
  });

  it('waits for a mux whose main thread died first to let go of its pid file, then starts the new one', async () => {
    // The stand-in's leader turns zombie on SIGTERM while another thread keeps the flock for 1.5 s.
    fleet.ssh('threads', `wezterm-mux-threaded 1500 && for i in $(seq 50); do [ -s ${RT}/pid ] && exit 0; sleep 0.1; done`);
    const old = muxPid('threads');
    assert.match(fleet.ssh('threads', `cat /proc/${old}/comm`), /^wezterm-mux/);
    const r = await fleetCli(fleet, ['restart', '--yes', '--force', '--json', '-i', inv, '--limit', 'threads']);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const d = r.json.hosts[0].detail;
    assert.equal(d.oldPid, old);
    assert.equal(d.killed, false, 'SIGTERM was enough: the wait was for the lock, not a kill');
    assert.equal(muxPid('threads'), d.newPid);
    assert.ok(!alive('threads', old));
    assert.equal(fleet.ssh('threads', 'wezterm cli --no-auto-start list --format json').trim(), '[]');
  });

  it('starts a mux where none runs', async () => {
    const r = await fleetCli(fleet, ['restart', '--yes', '--json', '-i', inv, '--limit', 'down']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.json.hosts[0].detail.oldPid, undefined);
    assert.ok(alive('down', r.json.hosts[0].detail.newPid));
  });

  it('on a terminal, says how many agents on which hosts will die, and restarts when told to', async () => {
    spawnPane('down', 'claude', '--dangerously-skip-permissions');
    await sleep(200);
    const old = muxPid('down');
    const r = await runCliInPty(
      ['restart', '-i', inv, '--limit', 'down,unmanaged'],
      { HOME: fleet.clientDir },
      [{ when: /1 agent will die on down \(1: claude 1\).*Restart anyway\?/s, send: 'y\r' }],
      fleet.dir,
    );
    assert.equal(r.unanswered, 0, r.output);
    assert.equal(r.code, 0, r.output);
    assert.notEqual(muxPid('down'), old);
    assert.match(r.output.replace(/\x1b\[[0-9;]*m/g, ''), /\ndown +changed /);
  });
});
