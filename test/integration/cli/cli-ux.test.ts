import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { BEGIN_MARKER } from '../../../src/config/block.js';
import * as C from '../../fixtures/configs.js';
import { runCli, scratchHome } from '../../helpers/cli.js';
import { runCliInPty } from '../../helpers/pty.js';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

const ESC = '\x1b[';

describe('--help', () => {
  it('groups the shared flags apart and ends with examples and the exit codes', async () => {
    const r = await runCli(['plan', '--help'], h.env);
    assert.equal(r.code, 0);
    const out = r.stdout;
    const at = (s: string) => out.indexOf(s);
    assert.ok(at('Options:') < at('--detailed-exitcode') && at('--detailed-exitcode') < at('Hosts and connections'), out);
    assert.ok(at('Hosts and connections') < at('--inventory') && at('--inventory') < at('Profile:') && at('Profile:') < at('--ram'), out);
    assert.match(out, /Examples:\n {2}\$ wezfleet plan/);
    assert.match(out, /Exit codes:\n {2}0 {2}every host ok\n {2}1 .*\n {2}2 .*\n {2}3 {2}with --detailed-exitcode/);
    for (const cmd of ['apply', 'status', 'restore', 'restart', 'hosts', 'render', 'config', 'completion']) {
      const help = (await runCli([cmd, '--help'], h.env)).stdout;
      assert.match(help, new RegExp(`Examples:\\n {2}\\$ wezfleet ${cmd}`), cmd);
      assert.match(help, /Exit codes:/, cmd);
    }
  });

  it('refuses a bad choice while parsing, before looking for an inventory', async () => {
    const r = await runCli(['plan', '--host-key-policy', 'maybe'], h.env);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /option '--host-key-policy <policy>' argument 'maybe' is invalid\. Allowed choices are strict, accept-new, off/);
  });
});

describe('plan --detailed-exitcode', () => {
  it('exits 3 while changes are pending, 0 once in sync, and 0 without the flag either way', async () => {
    assert.equal((await runCli(['plan', '--ram', '64'], h.env)).code, 0);
    assert.equal((await runCli(['plan', '--ram', '64', '--detailed-exitcode'], h.env)).code, 3);
    assert.equal((await runCli(['apply', '--yes', '--ram', '64'], h.env)).code, 0);
    assert.equal((await runCli(['plan', '--ram', '64', '--detailed-exitcode'], h.env)).code, 0);
    assert.equal((await runCli(['plan', '--ram', '128', '--detailed-exitcode', '--json'], h.env)).code, 3);
  });

  it('a failed host wins over pending changes: exit 1', async () => {
    writeFileSync(join(h.home, '.wezterm.lua'), 'this is not lua (\n');
    const r = await runCli(['plan', '--ram', '64', '--detailed-exitcode'], h.env);
    assert.equal(r.code, 1, r.stdout + r.stderr);
  });
});

describe('colour on a terminal', () => {
  const term = () => ({ ...h.env, TERM: 'xterm-256color' });

  it('colours the diff: additions green, removals red', async () => {
    writeFileSync(join(h.home, '.wezterm.lua'), 'local config = {}\nconfig.font_size = 11\nreturn config\n');
    const r = await runCliInPty(['plan', '--ram', '64'], term(), []);
    assert.equal(r.code, 0, r.output);
    assert.ok(r.output.includes(`${ESC}32m+config.scrollback_lines = 1000000${ESC}0m`), r.output);
    assert.ok(r.output.includes(`${ESC}1m+++ `), r.output);
  });

  for (const [name, env, args] of [
    ['NO_COLOR=1', { NO_COLOR: '1' }, []],
    ['--no-color', {}, ['--no-color']],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, []],
  ] as const) {
    it(`${name} turns every colour off`, async () => {
      const r = await runCliInPty(['plan', '--ram', '64', ...args], { ...term(), ...env }, []);
      assert.equal(r.code, 0, r.output);
      assert.match(r.output, /\+config\.scrollback_lines = 1000000/);
      assert.ok(!r.output.includes(ESC), JSON.stringify(r.output.slice(0, 300)));
    });
  }

  it('FORCE_COLOR=1 colours a pipe', async () => {
    const r = await runCli(['plan', '--ram', '64'], { ...h.env, FORCE_COLOR: '1' });
    assert.ok(r.stdout.includes(`${ESC}32m+config.scrollback_lines`), r.stdout);
    const plain = await runCli(['plan', '--ram', '64'], h.env);
    assert.ok(!plain.stdout.includes(ESC));
  });
});

describe('logs', () => {
  it('-v is pretty on a terminal and JSON lines without one', async () => {
    const pretty = await runCliInPty(['plan', '--ram', '64', '-v', '--no-color'], { ...h.env, TERM: 'xterm' }, []);
    assert.equal(pretty.code, 0, pretty.output);
    assert.match(pretty.output, /\[\d\d:\d\d:\d\d\.\d{3}\] INFO: host done/);
    assert.ok(!pretty.output.includes('{"level":'), pretty.output);
    const json = await runCli(['plan', '--ram', '64', '-v'], h.env);
    const lines = json.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.ok(
      lines.some((l) => l.msg === 'host done' && l.level === 30),
      json.stderr,
    );
  });
});

describe('progress without a terminal', () => {
  let server: Server;
  let port: number;
  const sockets: Socket[] = [];
  // Accepts and never speaks: every host hangs until its connect timeout.
  before(async () => {
    server = createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  after(() => {
    for (const s of sockets) s.destroy();
    server.close();
  });

  it('prints a line every few seconds while a long run lasts', async () => {
    const inv = join(h.home, 'inventory.yaml');
    const key = join(h.home, 'id_ed25519');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
    writeFileSync(
      inv,
      `defaults:\n  port: ${port}\n  identity_file: ${key}\nhosts:\n  - name: slow1\n    host: 127.0.0.1\n  - name: slow2\n    host: 127.0.0.1\n`,
    );
    const started = Date.now();
    const r = await runCli(['plan', '-i', inv, '--connect-timeout', '2', '--retries', '0', '--ssh-config', '/dev/null'], {
      ...h.env,
      WEZFLEET_PROGRESS_SECONDS: '0.5',
    });
    assert.equal(r.code, 1);
    const lines = r.stderr.split('\n').filter((l) => /^wezfleet: \d\/2 done, \d failed, \d in flight \(\d+s\)$/.test(l));
    // At least a line for each second of the 2 s connect deadline (start-up under load takes its share).
    assert.ok(lines.length >= 2, `${lines.length} progress lines in ${Date.now() - started} ms:\n${r.stderr}`);
    assert.match(lines[0]!, /^wezfleet: 0\/2 done, 0 failed, 2 in flight/);
    const quiet = await runCli(
      ['plan', '-i', inv, '--connect-timeout', '2', '--retries', '0', '--ssh-config', '/dev/null', '--log-level', 'silent'],
      { ...h.env, WEZFLEET_PROGRESS_SECONDS: '0.5' },
    );
    assert.equal(quiet.stderr, '');
  });

  it("--connect-timeout wins over the host's ConnectTimeout, which wins over the default", async () => {
    const inv = join(h.home, 'inventory.yaml');
    const key = join(h.home, 'id_ed25519');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
    writeFileSync(inv, `defaults:\n  port: ${port}\n  identity_file: ${key}\nhosts:\n  - name: slow1\n    host: 127.0.0.1\n`);
    const config = join(h.home, 'ssh_config');
    writeFileSync(config, 'Host *\n  ConnectTimeout 1\n');
    const reason = async (...flags: string[]) =>
      JSON.parse((await runCli(['plan', '--json', '-i', inv, '--retries', '0', '--ssh-config', config, ...flags], h.env)).stdout).hosts[0]
        .reason as string;
    assert.match(await reason(), /timed out after 1s connecting/);
    assert.match(await reason('--connect-timeout', '2'), /timed out after 2s connecting/);
  });
});

describe('output through a pipe', () => {
  it('a --json document far larger than a pipe buffer arrives whole before wezfleet exits', async () => {
    const inv = join(h.home, 'big.yaml');
    const hosts = Array.from({ length: 1500 }, (_, i) => `  - name: host-${i}\n    host: 127.0.${i >> 8}.${i & 255}\n`);
    writeFileSync(inv, `hosts:\n${hosts.join('')}`);
    const r = await runCli(['hosts', '--json', '-i', inv], h.env);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.length > 4 * 65536, `only ${r.stdout.length} bytes: the test needs more than pipes buffer`);
    assert.equal(JSON.parse(r.stdout).hosts.length, 1500);
  });
});

describe('apply on a terminal', () => {
  const cfg = () => join(h.home, '.wezterm.lua');
  const ask = (edit?: string) =>
    runCliInPty(['apply', '--ram', '64', '--no-color', '--wide'], h.env, [
      {
        when: /Write 1 config \(localhost\)\?/,
        send: () => {
          if (edit !== undefined) writeFileSync(cfg(), edit);
          return 'y\r';
        },
      },
    ]);

  it('writes the plan it showed once the answer is yes', async () => {
    writeFileSync(cfg(), C.BUILDER);
    const r = await ask();
    assert.equal(r.unanswered, 0, r.output);
    assert.equal(r.code, 0, r.output);
    assert.ok(readFileSync(cfg(), 'utf8').includes(BEGIN_MARKER));
  });

  it('refuses, rather than writes unseen, a plan that changed during the question (the config edited meanwhile)', async () => {
    writeFileSync(cfg(), C.BUILDER);
    const edited = C.BUILDER.replace('return config', 'config.font_size = 20\nreturn config');
    assert.notEqual(edited, C.BUILDER);
    const r = await ask(edited);
    assert.equal(r.unanswered, 0, r.output);
    assert.equal(r.code, 1, r.output);
    // On a terminal of 80 columns the table cuts the reason short; --wide (here COLUMNS) shows it whole.
    const flat = r.output.replace(/\s+/g, ' ');
    assert.match(
      flat,
      /\.wezterm\.lua changed since the plan you said yes to; nothing was written;? fix: run apply again to see the plan as it is now/,
    );
    assert.match(flat, /1 host: 1 refused/);
    assert.equal(readFileSync(cfg(), 'utf8'), edited);
  });
});
