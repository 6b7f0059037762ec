import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { configCandidates } from '../../../src/config/locate-config.js';
import { factsOf } from '../../../src/host/config-in-effect.js';
import { planDiff, planHost } from '../../../src/host/plan-host.js';
import { LocalTransport } from '../../../src/transport/local.js';
import * as C from '../../fixtures/configs.js';
import { scratchHome } from '../../helpers/cli.js';
import { countingTransport, HookTransport } from '../../helpers/hook-transport.js';
import { runOptions } from '../../helpers/run-options.js';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

const counted = (env: NodeJS.ProcessEnv = {}) => countingTransport(h.home, env);

describe('planHost: one round trip', () => {
  const cases: [string, NodeJS.ProcessEnv, string | undefined, () => void][] = [
    ['~/.wezterm.lua', {}, undefined, () => writeFileSync(join(h.home, '.wezterm.lua'), C.BUILDER)],
    ['no config yet', {}, undefined, () => undefined],
    [
      'XDG_CONFIG_HOME and XDG_CONFIG_DIRS',
      { XDG_CONFIG_HOME: '/nonexistent/cfg', XDG_CONFIG_DIRS: '/etc/xdg:relative:/opt/xdg' },
      undefined,
      () => undefined,
    ],
    [
      'a relative XDG_CONFIG_HOME',
      { XDG_CONFIG_HOME: 'dots' },
      undefined,
      () => {
        mkdirSync(join(h.home, 'dots', 'wezterm'), { recursive: true });
        writeFileSync(join(h.home, 'dots', 'wezterm', 'wezterm.lua'), C.BUILDER);
      },
    ],
    [
      'WEZTERM_CONFIG_FILE',
      { WEZTERM_CONFIG_FILE: '~/conf/w.lua' },
      undefined,
      () => {
        mkdirSync(join(h.home, 'conf'));
        writeFileSync(join(h.home, 'conf', 'w.lua'), C.BUILDER);
      },
    ],
    ['an override from the inventory', {}, '~/managed.lua', () => writeFileSync(join(h.home, 'managed.lua'), C.TABLE_LITERAL)],
  ];
  for (const [name, env, config, setup] of cases) {
    it(`reads facts and the config together: ${name}`, async () => {
      setup();
      const { t, calls } = counted(env);
      const o = runOptions(config ? { config } : {});
      const facts = await factsOf(t, { name: 'h' }, o);
      assert.deepEqual(
        facts.config.paths,
        configCandidates(facts.login, config).map((c) => c.path),
        'the host looked where WezTerm looks',
      );
      calls.length = 0;
      const plan = await planHost(t, { name: 'h' }, o);
      assert.deepEqual(calls, ['facts.sh'], 'one remote call');
      assert.ok(plan.after.includes('BEGIN WEZFLEET MANAGED BLOCK'));
    });
  }

  it('reads again, in a second call, where the host and wezfleet disagree on where to look', async () => {
    writeFileSync(join(h.home, '.wezterm.lua'), C.BUILDER);
    const { t, calls } = counted();
    // A host whose own lookup missed a candidate (as an older or odd shell might).
    const skewed = new HookTransport(t, (req) =>
      req.args?.[0] === '-' ? { ...req, args: ['/nonexistent/other.lua', ...req.args.slice(1)] } : req,
    );
    const plan = await planHost(skewed, { name: 'h' }, runOptions());
    assert.deepEqual(calls, ['facts.sh', 'read-config.sh']);
    assert.equal(plan.candidate.path, join(h.home, '.wezterm.lua'));
    assert.equal(plan.change, 'update');
  });
});

describe('planHost: work shared between hosts', () => {
  it("gives each host its own diff headers on hunks worked out once, the same bytes as the diff library's own patch", async () => {
    const { createTwoFilesPatch } = await import('diff');
    const after = C.BUILDER.replace('return config', 'config.scrollback_lines = 5\nreturn config');
    for (const host of ['a', 'b']) {
      const name = `${host}:/home/u/.wezterm.lua`;
      assert.equal(
        planDiff(host, '/home/u/.wezterm.lua', C.BUILDER, after),
        createTwoFilesPatch(name, name, C.BUILDER, after, undefined, undefined, { context: 3 }),
      );
      assert.equal(
        planDiff(host, '/home/u/.wezterm.lua', undefined, after),
        createTwoFilesPatch('/dev/null', name, '', after, undefined, undefined, { context: 3 }),
      );
    }
  });

  it('plans two hosts with one config alike, each under its own name', async () => {
    writeFileSync(join(h.home, '.wezterm.lua'), C.BUILDER);
    const o = runOptions({ ram: 64 });
    const at = (host: string) => new LocalTransport({ host, env: { PATH: process.env.PATH, HOME: h.home } });
    const one = await planHost(at('one'), { name: 'one' }, o);
    const two = await planHost(at('two'), { name: 'two' }, o);
    assert.equal(one.after, two.after);
    assert.match(one.diff, /^--- one:/m);
    assert.match(two.diff, /^--- two:/m);
    assert.equal(one.diff.replaceAll('one:', 'two:'), two.diff);
  });
});
