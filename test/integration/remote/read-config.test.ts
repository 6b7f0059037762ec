import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configCandidates, moduleDirs } from '../../../src/config/locate-config.js';
import { readConfig } from '../../../src/remote/read-config.js';
import { gatherFacts } from '../../../src/remote/facts.js';
import { LocalTransport } from '../../../src/transport/local.js';

const root = mkdtempSync(join(tmpdir(), 'wezfleet-modules-'));
after(() => rmSync(root, { recursive: true, force: true }));

function home(name: string, files: Record<string, string | Buffer>): string {
  const h = join(root, name);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(h, path, '..'), { recursive: true });
    writeFileSync(join(h, path), bytes);
  }
  return h;
}

const o = { timeoutMs: 10_000 };

describe('read_config: the modules a config can require, in the same round trip', () => {
  it("reads every Lua file three levels deep in WezTerm's module folders, byte for byte, and names them", async () => {
    const h = home('multi', {
      '.config/wezterm/wezterm.lua': 'return require("config")',
      '.config/wezterm/keys.lua': 'return {}\n',
      '.config/wezterm/config/init.lua': Buffer.from('return { a = "\0binary\xff" }', 'latin1'),
      '.config/wezterm/lua/utils/colors.lua': '-- three deep\nreturn {}',
      '.config/wezterm/lua/utils/deeper/x.lua': 'return "four deep: not on package.path by default"',
      '.config/wezterm/README.md': 'not Lua',
      '.wezterm/old.lua': 'return 1',
    });
    const env = { home: h };
    const candidates = configCandidates(env);
    const config = await readConfig(new LocalTransport(), candidates, moduleDirs(env, candidates), o);
    assert.equal(config.state, 'found');
    if (config.state !== 'found') return;
    assert.deepEqual([...config.modules.files.keys()].sort(), [
      `${h}/.config/wezterm/config/init.lua`,
      `${h}/.config/wezterm/keys.lua`,
      `${h}/.config/wezterm/lua/utils/colors.lua`,
      `${h}/.wezterm/old.lua`,
    ]);
    assert.deepEqual(
      [...config.modules.files.get(`${h}/.config/wezterm/config/init.lua`)!],
      [...Buffer.from('return { a = "\0binary\xff" }', 'latin1')],
    );
    assert.equal(config.content.toString(), 'return require("config")', 'the config itself still comes last, whole');
    assert.deepEqual(config.modules.dirs, [`${h}/.config/wezterm`, `${h}/.wezterm`]);
  });

  it('stops at 64 files, 256 KiB a file and 1 MiB in all, naming what it left', async () => {
    const files: Record<string, string> = { '.wezterm.lua': 'return {}', '.config/wezterm/big.lua': 'x'.repeat(300 * 1024) };
    for (let i = 0; i < 70; i++) files[`.config/wezterm/m${String(i).padStart(2, '0')}.lua`] = `return ${i}`;
    const h = home('many', files);
    const env = { home: h };
    const candidates = configCandidates(env);
    const config = await readConfig(new LocalTransport(), candidates, moduleDirs(env, candidates), o);
    assert.ok(config.state === 'found');
    assert.equal(config.modules.files.size, 64);
    assert.ok(config.modules.skipped.includes(`${h}/.config/wezterm/big.lua`));
    assert.equal(config.modules.skipped.length, 70 + 1 - 64);
  });

  it('comes with the facts: one round trip, and the client computes the same folders', async () => {
    const h = home('facts', { '.config/wezterm/wezterm.lua': 'return {}', '.config/wezterm/theme.lua': 'return {}' });
    const facts = await gatherFacts(new LocalTransport({ env: { ...process.env, HOME: h, XDG_CONFIG_HOME: '' } }), o);
    const env = { home: h };
    assert.deepEqual(facts.config.moduleDirs, moduleDirs(env, configCandidates(env)));
    assert.deepEqual(facts.config.records.all.get('module'), [`${h}/.config/wezterm/theme.lua`]);
  });

  it("does not follow a module that is a link when it runs as root (the link's owner chose its target)", async () => {
    assert.equal(process.getuid?.(), 0, 'the suite runs as root');
    const h = home('links', { '.wezterm.lua': 'return {}', 'secret.txt': 'root only' });
    mkdirSync(join(h, '.wezterm'));
    symlinkSync(join(h, 'secret.txt'), join(h, '.wezterm/leak.lua'));
    const env = { home: h };
    const candidates = configCandidates(env);
    const config = await readConfig(new LocalTransport(), candidates, moduleDirs(env, candidates), o);
    assert.ok(config.state === 'found');
    assert.equal(config.modules.files.size, 0);
    assert.deepEqual(config.modules.skipped, [`${h}/.wezterm/leak.lua`]);
  });
});
