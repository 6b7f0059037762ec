import assert from 'node:assert/strict';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { BEGIN_MARKER } from '../../../src/config/block.js';
import { WorkerLua } from '../../../src/lua/worker-lua.js';
import { computeProfile } from '../../../src/profile/compute-profile.js';
import * as C from '../../fixtures/configs.js';
import { CLI, cliForAnyUser, parseJson, runCli, runCliAt, scratchHome } from '../../helpers/cli.js';
import { packageRoot } from '../../../src/core/assets.js';
import { ProcessLua } from '../../../src/lua/engine.js';
import { spawn } from 'node:child_process';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

const cfg = () => join(h.home, '.wezterm.lua');
const backupsOf = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.includes('.wezfleet-backup-'))
    .sort();
const lua = new WorkerLua();

async function effectiveScrollback(text: string): Promise<string | undefined> {
  const r = await lua.evaluate(text, { chunkname: 'c', home: h.home, hostname: 'h' });
  return r.values.scrollback_lines?.text;
}

describe('plan', () => {
  it("shows this machine's profile and the diff, and writes nothing", async () => {
    const r = await runCli(['plan'], h.env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /GiB RAM \((lsmem|sysfs|meminfo)\)/);
    assert.match(r.stdout, /scrollback_lines/);
    assert.match(r.stdout, /\+\+\+ localhost:.*\.wezterm\.lua/);
    assert.match(r.stdout, /would create/);
    assert.equal(existsSync(cfg()), false);
  });

  it("--json puts settings under WezTerm's key names", async () => {
    writeFileSync(cfg(), C.USER_SCROLLBACK);
    const r = await runCli(['plan', '--ram', '200', '--json'], h.env);
    assert.equal(r.code, 0, r.stderr);
    const out = parseJson(r);
    assert.equal(out.schema, 2, 'a version scripts can rely on');
    assert.equal(out.command, 'plan');
    const host = out.hosts[0];
    assert.equal(host.status, 'would-change');
    assert.deepEqual(host.detail.profile.settings, computeProfile(200).settings);
    assert.deepEqual(host.detail.ram, { gib: 200, source: 'flag', detail: '--ram' });
    assert.deepEqual(host.detail.profile.overridden, [
      { key: 'scrollback_lines', line: 3, text: 'config.scrollback_lines = 5000', value: '5000' },
      { key: 'mux_output_parser_buffer_size', line: 4, text: 'config["mux_output_parser_buffer_size"] = 65536', value: '65536' },
    ]);
    assert.deepEqual(host.detail.profile.setByHand, []);
    assert.deepEqual(host.detail.check, { result: 'proven', modules: [] });
    assert.match(
      host.detail.warnings[0],
      /^line 3: `config\.scrollback_lines = 5000` is overridden by the managed block \(scrollback_lines = 3700000\)$/,
    );
    assert.equal(readFileSync(cfg(), 'utf8'), C.USER_SCROLLBACK);
  });
});

describe('apply', () => {
  it('refuses to write without a terminal unless --yes (exit 2), writing nothing', async () => {
    const r = await runCli(['apply', '--ram', '64'], h.env);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pass --yes/);
    assert.equal(existsSync(cfg()), false);
  });

  it('creates a config where none exists (recording that there was none), then a second apply is unchanged and makes no backup', async () => {
    const first = await runCli(['apply', '--yes', '--ram', '128', '--json'], h.env);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(parseJson(first).hosts[0].status, 'changed');
    const text = readFileSync(cfg(), 'utf8');
    assert.equal(await effectiveScrollback(text), '2000000');
    const mtime = statSync(cfg()).mtimeMs;

    const second = await runCli(['apply', '--yes', '--ram', '128', '--json'], h.env);
    assert.equal(second.code, 0);
    assert.equal(parseJson(second).hosts[0].status, 'unchanged');
    assert.equal(readFileSync(cfg(), 'utf8'), text);
    assert.equal(statSync(cfg()).mtimeMs, mtime);
    const records = backupsOf(h.home);
    assert.equal(records.length, 1, 'only the record of the creation');
    assert.match(records[0]!, /-absent$/);
    assert.equal(readFileSync(join(h.home, records[0]!), 'utf8'), '');
  });

  it('backs up before changing, keeps mode, and writes an audit line with both hashes', async () => {
    writeFileSync(cfg(), C.BUILDER);
    chmodSync(cfg(), 0o640);
    const r = await runCli(['apply', '--yes', '--ram', '200', '--json'], h.env);
    assert.equal(r.code, 0, r.stderr);
    const host = parseJson(r).hosts[0];
    const [backup] = backupsOf(h.home);
    assert.ok(backup, 'a backup was made');
    assert.equal(host.detail.backup, join(h.home, backup));
    assert.equal(readFileSync(join(h.home, backup), 'utf8'), C.BUILDER);
    assert.equal(statSync(cfg()).mode & 0o777, 0o640);
    assert.equal(await effectiveScrollback(readFileSync(cfg(), 'utf8')), '3700000');

    const audit = readFileSync(join(h.home, '.state', 'wezfleet', 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const line = audit.find((a) => a.audit && a.action === 'apply');
    assert.equal(line.file, cfg());
    assert.equal(line.backup, join(h.home, backup));
    assert.equal(line.sha256Before, host.detail.sha256.before);
    assert.equal(line.sha256After, host.detail.sha256.after);
    assert.notEqual(line.sha256Before, line.sha256After);
  });

  it('keeps the owner of a file that belongs to someone else, for the file and its backup', async () => {
    writeFileSync(cfg(), C.BUILDER);
    chownSync(cfg(), 4242, 4343);
    const r = await runCli(['apply', '--yes', '--ram', '64'], h.env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([statSync(cfg()).uid, statSync(cfg()).gid], [4242, 4343]);
    const [backup] = backupsOf(h.home);
    assert.deepEqual([statSync(join(h.home, backup!)).uid, statSync(join(h.home, backup!)).gid], [4242, 4343]);
  });

  it('keeps only the newest N backups', async () => {
    writeFileSync(cfg(), C.BUILDER);
    for (const ram of ['64', '128', '256', '512']) {
      const r = await runCli(['apply', '--yes', '--ram', ram, '--keep-backups', '2'], h.env);
      assert.equal(r.code, 0, r.stderr);
    }
    const backups = backupsOf(h.home);
    assert.equal(backups.length, 2);
    // The newest backup holds the 256 GiB config that the 512 GiB apply replaced.
    assert.equal(await effectiveScrollback(readFileSync(join(h.home, backups[1]!), 'utf8')), '5000000');
  });

  it('writes through a dotfiles symlink to its target and leaves the link a link', async () => {
    mkdirSync(join(h.home, 'dotfiles'));
    const target = join(h.home, 'dotfiles', 'wezterm.lua');
    writeFileSync(target, C.BUILDER);
    symlinkSync('dotfiles/wezterm.lua', cfg());
    const r = await runCli(['apply', '--yes', '--ram', '64'], h.env);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lstatSync(cfg()).isSymbolicLink());
    assert.ok(readFileSync(target, 'utf8').includes(BEGIN_MARKER));
    assert.deepEqual(readdirSync(join(h.home, 'dotfiles')), ['wezterm.lua'], 'no temp or backup files left in the repo');
    assert.equal(backupsOf(h.home).length, 1);
  });

  it('keeps the old bytes, mode and owner in the backup, as a hard link that the new file does not share', async () => {
    writeFileSync(cfg(), C.BUILDER, { mode: 0o600 });
    const before = statSync(cfg());
    const r = await runCli(['apply', '--yes', '--ram', '64'], h.env);
    assert.equal(r.code, 0, r.stderr);
    const backup = join(h.home, backupsOf(h.home)[0]!);
    assert.equal(readFileSync(backup, 'utf8'), C.BUILDER);
    assert.equal(statSync(backup).ino, before.ino, 'the old file itself, under the backup name');
    assert.equal(statSync(backup).mode & 0o777, 0o600);
    assert.notEqual(statSync(cfg()).ino, before.ino);
    assert.equal(statSync(cfg()).mode & 0o777, 0o600, 'the new file keeps the mode');
    assert.ok(readFileSync(cfg(), 'utf8').includes(BEGIN_MARKER));
  });

  it('writes a config whose path has a space and a backslash (sha256sum escapes such names)', async (t) => {
    const home = mkdtempSync(join(h.home, 'a b\\c-'));
    t.after(() => rmSync(home, { recursive: true, force: true }));
    writeFileSync(join(home, '.wezterm.lua'), C.BUILDER);
    const r = await runCli(['apply', '--yes', '--ram', '64'], { ...h.env, HOME: home });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(readFileSync(join(home, '.wezterm.lua'), 'utf8').includes(BEGIN_MARKER));
    assert.equal(readFileSync(join(home, backupsOf(home)[0]!), 'utf8'), C.BUILDER);
  });

  it('writes where dd cannot sync (no conv=fsync): cat, then sync of the temp file', async (t) => {
    const bin = mkdtempSync(join(h.home, 'bin-'));
    t.after(() => rmSync(bin, { recursive: true, force: true }));
    const synced = join(bin, 'synced');
    writeFileSync(join(bin, 'dd'), `#!/bin/sh\necho "dd: invalid conversion: 'fsync'" >&2\nexit 1\n`, { mode: 0o755 });
    // The temp file is reached through its descriptor; what that reaches is the file's name.
    const record = `for a; do case $a in /proc/self/fd/*) readlink -- "$a" ;; *) printf '%s\\n' "$a" ;; esac; done >> '${synced}'`;
    writeFileSync(join(bin, 'sync'), `#!/bin/sh\n${record}\nexec /bin/sync "$@"\n`, { mode: 0o755 });
    writeFileSync(cfg(), C.BUILDER);
    const r = await runCli(['apply', '--yes', '--ram', '64'], { ...h.env, PATH: `${bin}:${process.env.PATH}` });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(readFileSync(cfg(), 'utf8').includes(BEGIN_MARKER));
    assert.equal(readFileSync(join(h.home, backupsOf(h.home)[0]!), 'utf8'), C.BUILDER);
    assert.match(
      readFileSync(synced, 'utf8'),
      /^\/.*\.wezterm\.lua\.wezfleet-\d+-[0-9a-f]{8}\d$/m,
      'the temp file was synced before the rename',
    );
  });

  it('copies the backup where a hard link cannot be made (the target on another filesystem)', async (t) => {
    const shm = mkdtempSync('/dev/shm/wezfleet-');
    t.after(() => rmSync(shm, { recursive: true, force: true }));
    const target = join(shm, 'wezterm.lua');
    writeFileSync(target, C.BUILDER, { mode: 0o640 });
    symlinkSync(target, cfg());
    const r = await runCli(['apply', '--yes', '--ram', '64'], h.env);
    assert.equal(r.code, 0, r.stderr);
    const backup = join(h.home, backupsOf(h.home)[0]!);
    assert.equal(readFileSync(backup, 'utf8'), C.BUILDER);
    assert.equal(statSync(backup).mode & 0o777, 0o640);
    assert.ok(lstatSync(cfg()).isSymbolicLink());
    assert.ok(readFileSync(target, 'utf8').includes(BEGIN_MARKER));
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(shm), ['wezterm.lua'], 'no temp files left beside the target');
    assert.deepEqual(
      readdirSync(h.home).filter((f) => f.includes('wezfleet') && !f.includes('-backup-')),
      [],
      'no temp files left beside the link',
    );
  });

  it('patches the XDG config and never shadows it with ~/.wezterm.lua', async () => {
    const xdg = join(h.home, '.config', 'wezterm', 'wezterm.lua');
    mkdirSync(join(h.home, '.config', 'wezterm'), { recursive: true });
    writeFileSync(xdg, C.TABLE_LITERAL);
    const r = await runCli(['apply', '--yes', '--ram', '256', '--json'], h.env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(parseJson(r).hosts[0].detail.config.source, 'XDG_CONFIG_HOME');
    assert.equal(existsSync(cfg()), false);
    assert.equal(await effectiveScrollback(readFileSync(xdg, 'utf8')), '5000000');
  });

  it("migrates the reference script's block", async () => {
    writeFileSync(cfg(), C.REFERENCE_SCRIPT);
    const r = await runCli(['apply', '--yes', '--ram', '200', '--json'], h.env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(parseJson(r).hosts[0].detail.warnings.join('\n'), /lines 9-22: the block wezterm-mux-tune.sh wrote is replaced/);
    const text = readFileSync(cfg(), 'utf8');
    assert.ok(!text.includes('Auto-generated'));
    assert.ok(text.includes('-- Appearance'));
  });

  for (const [name, src, reason] of [
    ['a Lua error', C.SYNTAX_ERROR, /does not compile as Lua 5\.4/],
    ['an unfinished string', C.UNFINISHED_STRING, /unfinished string/],
    ['no top-level return', C.COMMENTED_RETURN, /no top-level `return`/],
    [
      'wezterm.gui at load time',
      C.BUILDER_WITH_GUI_CALL,
      /cannot load in wezterm-mux-server: .*\.wezterm\.lua:3: attempt to index a nil value \(field 'gui'\)/,
    ],
    ['an undefined name returned', 'local wezterm = require("wezterm")\nreturn config\n', /returns nil, not a table/],
    ['Home Manager output', C.HOME_MANAGER, /generated by Home Manager/],
  ] as const) {
    it(`refuses ${name}: exit 1, file untouched, no backup`, async () => {
      writeFileSync(cfg(), src);
      const r = await runCli(['apply', '--yes', '--ram', '64', '--json'], h.env);
      assert.equal(r.code, 1);
      const host = parseJson(r).hosts[0];
      assert.equal(host.status, 'refused');
      assert.match(host.reason, reason);
      assert.ok(host.fix.length > 0);
      // A refused host's detail has the plan's own shape for what it knows.
      assert.deepEqual(host.detail.ram, { gib: 64, source: 'flag', detail: '--ram' });
      assert.equal(host.detail.profile.basis, '64 GiB tier');
      assert.equal(readFileSync(cfg(), 'utf8'), src);
      assert.deepEqual(backupsOf(h.home), []);
    });
  }

  it('patches a config that returns a call, and says what the offline check could not prove', async () => {
    writeFileSync(cfg(), C.RETURNED_CALL);
    const r = await runCli(['apply', '--yes', '--ram', '64', '--json'], h.env);
    assert.equal(r.code, 0, r.stderr);
    const host = parseJson(r).hosts[0];
    assert.equal(host.status, 'changed');
    assert.equal(host.detail.config.shape, 'return-expr');
    assert.equal(host.detail.check.result, 'unproven');
    assert.match(host.detail.check.why, /module 'dotfiles\.wezterm' is not among the files/);
    assert.match(host.detail.warnings.join('\n'), /not proven offline/);
    const text = readFileSync(cfg(), 'utf8');
    assert.ok(text.includes('local config = require("dotfiles.wezterm").apply_to_config(config)\n-- BEGIN WEZFLEET MANAGED BLOCK'));
    assert.ok(text.endsWith('-- END WEZFLEET MANAGED BLOCK\nreturn config\n'));
  });

  it('prints the block to paste by hand where it refuses Home Manager output', async () => {
    writeFileSync(cfg(), C.HOME_MANAGER);
    const r = await runCli(['apply', '--yes', '--ram', '64'], h.env);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /the block to add by hand/);
    assert.match(r.stdout, /config\.scrollback_lines = 1000000/);
    assert.match(r.stdout, /programs\.wezterm\.extraConfig/);
    assert.match(r.stdout, / 64 GiB +/);
    assert.doesNotMatch(r.stdout, /undefined/);
    const json = parseJson(await runCli(['plan', '--ram', '64', '--json'], h.env)).hosts[0];
    const pasted = await new ProcessLua().evaluate(`local config = {}\n${json.detail.block}return config\n`, {
      chunkname: 'paste.lua',
      home: h.home,
      hostname: 'h',
    });
    assert.equal(pasted.status, 'ok', 'the block to paste is Lua that runs');
    assert.equal(pasted.values.scrollback_lines?.text, '1000000');
  });

  it('fails a config that never finishes loading as its own limit, with no engine text', async () => {
    writeFileSync(cfg(), 'local t = setmetatable({}, { __gc = function() while true do end end })\nwhile true do end\nreturn {}\n');
    const r = await runCli(['plan', '--json'], h.env);
    assert.equal(r.code, 1);
    const host = parseJson(r).hosts[0];
    assert.equal(host.status, 'refused');
    assert.match(host.reason, /\.wezterm\.lua: config check exceeded 2 s$/);
    assert.equal(r.stderr, '');
  });

  /** `plan --json` on a config whose check would run its whole 2 s, sent `signals` once the host has started. */
  async function interruptedPlan(signals: NodeJS.Signals[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    writeFileSync(cfg(), 'while true do end\nreturn {}\n');
    const child = spawn(process.execPath, [CLI, 'plan', '--json', '--log-level', 'debug'], {
      env: { PATH: process.env.PATH, ...h.env },
      cwd: h.home,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!stderr.includes('host started')) await new Promise((r) => setTimeout(r, 20));
    // The facts are local and quick; the check of this config would run for its whole 2 s.
    await new Promise((r) => setTimeout(r, 400));
    for (const s of signals) child.kill(s);
    return { code: await closed, stdout, stderr };
  }

  it('ends a running config check at once on Ctrl-C, writes the report whole, and exits 130', async () => {
    const r = await interruptedPlan(['SIGINT']);
    assert.equal(r.code, 130);
    const host = JSON.parse(r.stdout).hosts[0];
    assert.deepEqual(
      [host.status, host.reason],
      ['skipped', 'cancelled during the config check, before anything was written'],
      'the check ended on Ctrl-C, not at its limit',
    );
    assert.match(r.stderr, /stopping on Ctrl-C/);
  });

  it('handles SIGTERM as Ctrl-C: the report whole, exit 143', async () => {
    const term = await interruptedPlan(['SIGTERM']);
    assert.equal(term.code, 143);
    assert.equal(JSON.parse(term.stdout).hosts[0].status, 'skipped');
    assert.match(term.stderr, /stopping on SIGTERM/);
  });

  it('quits at once on a second signal, saying the report is abandoned', async () => {
    // A process whose work outlasts the first signal: the interrupt alone, as main installs it.
    const script = `import { processInterrupt } from ${JSON.stringify(join(packageRoot(), 'dist/src/cli/interrupt.js'))};
const i = processInterrupt();
i.signal.addEventListener('abort', () => process.stdout.write('aborted\\n'));
process.stdout.write('ready\\n');
setTimeout(() => process.exit(0), 20000);`;
    for (const [first, second, code] of [
      ['SIGINT', 'SIGINT', 130],
      ['SIGTERM', 'SIGINT', 143],
    ] as const) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      while (!out.includes('ready')) await new Promise((r) => setTimeout(r, 10));
      child.kill(first);
      while (!out.includes('aborted')) await new Promise((r) => setTimeout(r, 10));
      child.kill(second);
      assert.equal(await closed, code, `${first} then ${second}`);
      assert.match(err, /again: quitting at once; the report is abandoned/);
    }
  });

  it('refuses a read-only config for a user who cannot write it', async () => {
    writeFileSync(cfg(), C.BUILDER);
    chmodSync(cfg(), 0o444);
    // As root, permission bits do not stop writes: run as nobody, owning the scratch home.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (process.getuid?.() === 0) {
      mkdirSync(join(h.home, '.state'));
      chownSync(join(h.home, '.state'), 65534, 65534);
      chownSync(h.home, 65534, 65534);
      chmodSync(h.home, 0o555);
    }
    // From a copy nobody can reach: the clone may be in a folder only root can enter.
    const r = await runCliAt(cliForAnyUser(), ['apply', '--yes', '--ram', '64', '--json'], h.env, asUser);
    chmodSync(h.home, 0o755);
    assert.equal(r.code, 1, r.stderr);
    const host = parseJson(r).hosts[0];
    assert.equal(host.status, 'refused');
    assert.match(host.reason, /read-only/);
    assert.match(host.detail.block, /config\.scrollback_lines = 1000000/);
    assert.equal(readFileSync(cfg(), 'utf8'), C.BUILDER);
  });

  it('refuses a WEZTERM_CONFIG_FILE that does not exist rather than writing elsewhere', async () => {
    const r = await runCli(['apply', '--yes', '--ram', '64', '--json'], { ...h.env, WEZTERM_CONFIG_FILE: join(h.home, 'nope.lua') });
    assert.equal(r.code, 1);
    assert.match(parseJson(r).hosts[0].reason, /WEZTERM_CONFIG_FILE names .*nope\.lua, which does not exist/);
    assert.deepEqual(
      readdirSync(h.home).filter((f) => !f.startsWith('.state')),
      [],
    );
  });

  it('refuses a dangling symlink', async () => {
    symlinkSync('dotfiles/missing.lua', cfg());
    const r = await runCli(['apply', '--yes', '--ram', '64', '--json'], h.env);
    assert.equal(r.code, 1);
    assert.match(parseJson(r).hosts[0].reason, /is a symlink to dotfiles\/missing\.lua, which does not exist/);
    assert.ok(lstatSync(cfg()).isSymbolicLink());
    // status says the same of it, rather than that there is no config.
    const status = parseJson(await runCli(['status', '--json'], h.env)).hosts[0];
    assert.equal(status.detail.config.state, 'unreadable');
    assert.match(status.detail.config.error, /is a symlink to dotfiles\/missing\.lua, which does not exist/);
    assert.match(status.detail.warnings.join('\n'), /restore the link target/);
  });

  it('refuses a config larger than 4 MiB without reading it whole; status calls it unreadable', async () => {
    writeFileSync(cfg(), `return {}\n${'-- padding\n'.repeat(600_000)}`);
    const plan = parseJson(await runCli(['plan', '--json'], h.env)).hosts[0];
    assert.equal(plan.status, 'refused');
    assert.match(plan.reason, /is larger than 4 MiB, far more than a WezTerm config/);
    const status = parseJson(await runCli(['status', '--json'], h.env)).hosts[0];
    assert.equal(status.detail.config.state, 'unreadable');
  });

  it('status calls a config the mux server cannot load what it is, with the reason and the fix', async () => {
    writeFileSync(cfg(), C.BUILDER_WITH_GUI_CALL);
    const r = await runCli(['status', '--json'], h.env);
    assert.equal(r.code, 0, r.stderr);
    const config = parseJson(r).hosts[0].detail.config;
    assert.equal(config.state, 'fails to load');
    assert.match(config.error, /cannot load in wezterm-mux-server: .*:3: attempt to index a nil value \(field 'gui'\)/);
    assert.deepEqual([config.check.result, config.check.cause, config.check.line], ['fails', 'gui', 3]);
    writeFileSync(cfg(), C.BUILDER);
    const fine = parseJson(await runCli(['status', '--json'], h.env)).hosts[0].detail.config;
    assert.deepEqual([fine.state, fine.check.result], ['unmanaged', 'loads']);
  });
});

describe('restore', () => {
  it('lists backups, puts the newest back, and backs up what it replaces', async () => {
    writeFileSync(cfg(), C.BUILDER);
    await runCli(['apply', '--yes', '--ram', '64'], h.env);
    await runCli(['apply', '--yes', '--ram', '512'], h.env);
    const tuned512 = readFileSync(cfg(), 'utf8');

    const list = parseJson(await runCli(['restore', '--list', '--json'], h.env));
    const ids = list.hosts[0].detail.backups.map((b: { id: string }) => b.id);
    assert.equal(ids.length, 2);

    const r = await runCli(['restore', '--yes', '--json'], h.env);
    assert.equal(r.code, 0, r.stderr);
    const host = parseJson(r).hosts[0];
    assert.equal(host.status, 'changed');
    assert.equal(host.detail.restored, ids[1]);
    assert.equal(await effectiveScrollback(readFileSync(cfg(), 'utf8')), '1000000');
    assert.equal(readFileSync(host.detail.backup, 'utf8'), tuned512);

    const oldest = await runCli(['restore', '--yes', '--backup', ids[0], '--json'], h.env);
    assert.equal(oldest.code, 0, oldest.stderr);
    assert.equal(readFileSync(cfg(), 'utf8'), C.BUILDER);
  });

  it('undoes a creation: the created config goes into a backup and the file is gone, and that can be undone too', async () => {
    const applied = parseJson(await runCli(['apply', '--yes', '--ram', '64', '--json'], h.env));
    assert.match(applied.hosts[0].detail.backup, /-absent$/);
    const created = readFileSync(cfg(), 'utf8');
    const r = await runCli(['restore', '--yes', '--json'], h.env);
    assert.equal(r.code, 0, r.stderr);
    const host = parseJson(r).hosts[0];
    assert.equal(host.status, 'changed');
    assert.equal(existsSync(cfg()), false);
    assert.equal(readFileSync(host.detail.backup, 'utf8'), created);
    const again = parseJson(await runCli(['restore', '--yes', '--json'], h.env)).hosts[0];
    assert.equal(again.status, 'changed');
    assert.equal(readFileSync(cfg(), 'utf8'), created);
    const table = await runCli(['restore', '--list'], h.env);
    assert.match(table.stdout, /no file was there/);
  });

  it('says which backups exist when asked for one that does not', async () => {
    writeFileSync(cfg(), C.BUILDER);
    await runCli(['apply', '--yes', '--ram', '64'], h.env);
    const r = await runCli(['restore', '--yes', '--backup', '19990101T000000.000Z', '--json'], h.env);
    assert.equal(r.code, 1);
    const host = parseJson(r).hosts[0];
    assert.match(host.reason, /no backup "19990101T000000\.000Z"/);
    assert.match(host.fix, /use one of: \d{8}T/);
  });

  it('refuses to restore without a terminal unless --yes', async () => {
    writeFileSync(cfg(), C.BUILDER);
    await runCli(['apply', '--yes', '--ram', '64'], h.env);
    const before = readFileSync(cfg(), 'utf8');
    const r = await runCli(['restore'], h.env);
    assert.equal(r.code, 2);
    assert.equal(readFileSync(cfg(), 'utf8'), before);
  });
});

describe('render and usage errors', () => {
  it('exits 2 on an invalid inventory, naming the file, the path and what was expected', async () => {
    writeFileSync(join(h.home, 'inventory.yaml'), 'hosts:\n  - name: a\n    port: "22a"\n  - name: b\n    sudo: yes please\n');
    const r = await runCli(['plan'], h.env);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /invalid inventory .*inventory\.yaml/);
    assert.match(r.stderr, /inventory\.yaml: hosts\[0\]\.port: expected a number, got "22a"/);
    assert.match(r.stderr, /inventory\.yaml: hosts\[1\]\.sudo: expected a boolean, got "yes please"/);
    assert.equal(r.stdout, '');
  });

  it('render prints the block alone', async () => {
    const r = await runCli(['render', '--ram', '200', '--var', 'cfg'], h.env);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith(BEGIN_MARKER));
    assert.match(r.stdout, /^cfg\.scrollback_lines = 3700000$/m);
    const json = parseJson(await runCli(['render', '--ram', '200', '--json'], h.env));
    assert.deepEqual(json.profile.settings, computeProfile(200).settings);
  });

  for (const [args, message] of [
    [['plan', '--ram', 'abc'], /--ram: expected a positive number of GiB/],
    [['plan', '--profile', '100'], /--profile: expected one of 64, 128, 256, 512/],
    [['plan', '--set', 'mux_output_parser_buffer_size=0'], /mux_output_parser_buffer_size: expected 1\.\.1073741824, got 0/],
    [['plan', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['plan', '-i', 'missing.yaml'], /inventory missing\.yaml does not exist/],
    [['plan', '--limit', 'gpu-*'], /--limit needs an inventory/],
  ] as const) {
    it(`exits 2 for ${args.join(' ')}`, async () => {
      const r = await runCli(args, h.env);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }
});
