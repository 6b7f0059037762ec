import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { parseJson, runCli, scratchHome } from '../../helpers/cli.js';

let h: ReturnType<typeof scratchHome>;
let configFile: string;
beforeEach(() => {
  h = scratchHome();
  mkdirSync(join(h.home, '.config', 'wezfleet'), { recursive: true });
  configFile = join(h.home, '.config', 'wezfleet', 'config.yaml');
});
afterEach(() => h.cleanup());

const ESC = '\x1b[';

describe('wezfleet config', () => {
  it('shows each value and where it came from: flag, env, file, default', async () => {
    writeFileSync(configFile, 'timeout: 60\nretries: 5\nconcurrency: 3\n');
    const r = await runCli(['config', '--concurrency', '9'], { ...h.env, WEZFLEET_RETRIES: '1' });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\nconcurrency +9 +flag --concurrency\n/);
    assert.match(r.stdout, /\nretries +1 +env WEZFLEET_RETRIES\n/);
    assert.match(r.stdout, new RegExp(`\\ntimeout +60 +file ${configFile}\\n`));
    assert.match(r.stdout, /\nkeep_backups +10 +default\n/);
    assert.ok(r.stdout.endsWith(`config file: ${configFile}\n`), r.stdout);
    const json = parseJson(await runCli(['config', '--json'], h.env));
    assert.deepEqual(json.settings.timeout, { value: 60, source: 'file', file: configFile });
  });

  it('honours XDG_CONFIG_HOME, and WEZFLEET_CONFIG over both', async () => {
    const xdg = join(h.home, 'xdg');
    mkdirSync(join(xdg, 'wezfleet'), { recursive: true });
    writeFileSync(join(xdg, 'wezfleet', 'config.yaml'), 'timeout: 7\n');
    writeFileSync(join(h.home, 'other.yaml'), 'timeout: 8\n');
    const fromXdg = parseJson(await runCli(['config', '--json'], { ...h.env, XDG_CONFIG_HOME: xdg }));
    assert.equal(fromXdg.settings.timeout.value, 7);
    const named = parseJson(await runCli(['config', '--json'], { ...h.env, XDG_CONFIG_HOME: xdg, WEZFLEET_CONFIG: 'other.yaml' }));
    assert.equal(named.settings.timeout.value, 8);
    assert.deepEqual(named.file, { path: join(h.home, 'other.yaml'), exists: true, named: true });
  });

  it('exits 2 with every problem of the file as FILE: key: message, and runs nothing', async () => {
    writeFileSync(configFile, 'concurency: 5\ntimeout: soon\n');
    for (const args of [['config'], ['plan', '--ram', '64'], ['hosts', '-i', 'web1,web2']]) {
      const r = await runCli(args, h.env);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^wezfleet: invalid config file ${configFile}: fix it`));
      assert.ok(r.stderr.includes(`\n  ${configFile}: concurency: unknown key (did you mean "concurrency"?)\n`), r.stderr);
      assert.ok(r.stderr.includes(`\n  ${configFile}: timeout: expected a whole number of at least 1, got "soon"\n`), r.stderr);
    }
    // Commands that read no shared flag do not read the file either.
    assert.equal((await runCli(['render', '--ram', '64'], h.env)).code, 0);
    assert.equal((await runCli(['completion', 'bash'], h.env)).code, 0);
  });

  it('exits 2 where WEZFLEET_CONFIG names no file, or a variable holds a bad value; a missing usual file is fine', async () => {
    assert.equal((await runCli(['config'], h.env)).code, 0);
    const missing = await runCli(['config'], { ...h.env, WEZFLEET_CONFIG: join(h.home, 'nope.yaml') });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /config file .*nope\.yaml does not exist \(WEZFLEET_CONFIG names it\)/);
    const bad = await runCli(['plan', '--ram', '64'], { ...h.env, WEZFLEET_HOST_KEY_POLICY: 'trusting' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /WEZFLEET_HOST_KEY_POLICY: expected one of strict, accept-new, off, got "trusting"/);
  });
});

describe('the config file in a host command', () => {
  it("the inventory, relative to the file's folder, is used from any folder; -i and WEZFLEET_INVENTORY beat it", async () => {
    writeFileSync(join(h.home, '.config', 'wezfleet', 'fleet.ini'), 'web1\nweb2\n');
    writeFileSync(join(h.home, 'other.ini'), 'db1\n');
    writeFileSync(configFile, 'inventory: fleet.ini\n');
    const names = async (args: string[], env = {}) => {
      const r = await runCli(['hosts', '--json', ...args], { ...h.env, ...env }, { cwd: '/' });
      assert.equal(r.code, 0, r.stderr);
      return parseJson(r).hosts.map((x: { name: string }) => x.name);
    };
    assert.deepEqual(await names([]), ['web1', 'web2']);
    assert.deepEqual(await names([], { WEZFLEET_INVENTORY: join(h.home, 'other.ini') }), ['db1']);
    assert.deepEqual(await names(['-i', 'gpu-01,gpu-02']), ['gpu-01', 'gpu-02']);
  });

  it('a missing inventory or ssh_config says which setting named it', async () => {
    writeFileSync(configFile, 'inventory: gone/hosts.ini\n');
    const r = await runCli(['plan'], h.env);
    assert.equal(r.code, 2);
    assert.ok(
      r.stderr.includes(`inventory ${join(h.home, '.config', 'wezfleet', 'gone', 'hosts.ini')} does not exist (set by file ${configFile})`),
      r.stderr,
    );
    writeFileSync(configFile, 'ssh_config: ~/no_ssh_config\n');
    const s = await runCli(['hosts', '-i', 'web1,'], h.env);
    assert.equal(s.code, 2);
    assert.ok(s.stderr.includes(`ssh config ${join(h.home, 'no_ssh_config')} does not exist (set by file ${configFile})`), s.stderr);
  });

  it("the inventory's ssh_config beats the file's; --ssh-config and WEZFLEET_SSH_CONFIG beat the inventory's", async () => {
    const sshConfig = (name: string, address: string) => {
      writeFileSync(join(h.home, name), `Host web1\n  HostName ${address}\n`);
      return join(h.home, name);
    };
    sshConfig('file_ssh_config', '10.0.0.1');
    const inventoryOwn = sshConfig('inventory_ssh_config', '10.0.0.2');
    const flag = sshConfig('flag_ssh_config', '10.0.0.3');
    writeFileSync(configFile, 'ssh_config: ../../file_ssh_config\n');
    const plain = join(h.home, 'plain.yaml');
    writeFileSync(plain, 'hosts:\n  - name: web1\n');
    const own = join(h.home, 'own.yaml');
    writeFileSync(own, `defaults:\n  ssh_config: ${inventoryOwn}\nhosts:\n  - name: web1\n`);
    const address = async (args: string[], env = {}) =>
      parseJson(await runCli(['hosts', '--json', ...args], { ...h.env, ...env })).hosts[0].hostname;
    assert.equal(await address(['-i', plain]), '10.0.0.1', "the file's, where the inventory has none");
    assert.equal(await address(['-i', own]), '10.0.0.2', "the inventory's over the file's");
    assert.equal(await address(['-i', own, '--ssh-config', flag]), '10.0.0.3');
    assert.equal(await address(['-i', own], { WEZFLEET_SSH_CONFIG: flag }), '10.0.0.3');
  });

  it('color: always colours a pipe; NO_COLOR and --no-color beat it', async () => {
    writeFileSync(configFile, 'color: always\n');
    const coloured = await runCli(['plan', '--ram', '64'], h.env);
    assert.equal(coloured.code, 0, coloured.stderr);
    assert.ok(coloured.stdout.includes(`${ESC}32m+config.scrollback_lines`), coloured.stdout);
    assert.ok(!(await runCli(['plan', '--ram', '64'], { ...h.env, NO_COLOR: '1' })).stdout.includes(ESC));
    assert.ok(!(await runCli(['plan', '--ram', '64', '--no-color'], h.env)).stdout.includes(ESC));
  });

  it('keep_backups from the file bounds the backups apply keeps', async () => {
    writeFileSync(configFile, 'keep_backups: 1\n');
    for (const ram of ['64', '128', '256']) assert.equal((await runCli(['apply', '--yes', '--ram', ram], h.env)).code, 0);
    const listed = parseJson(await runCli(['restore', '--list', '--json'], h.env));
    assert.equal(listed.hosts[0].detail.backups.length, 1);
  });
});
