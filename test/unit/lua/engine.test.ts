import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { after, describe, it } from 'node:test';
import { patchConfig } from '../../../src/config/patch-config.js';
import { checkOriginal, verifyPatched } from '../../../src/config/verify-config.js';
import { CachingLua, ProcessLua, type EvalOptions, type LuaEngine } from '../../../src/lua/engine.js';
import { WorkerLua } from '../../../src/lua/worker-lua.js';
import * as C from '../../fixtures/configs.js';
import { inputFor } from '../../helpers/profiles.js';

const o: EvalOptions = { chunkname: '/home/u/.wezterm.lua', home: '/home/u', hostname: 'h' };
const worker = new WorkerLua();
after(() => worker.close());

// The product runs wasmoon in workers; the same evaluator must agree with a stand-alone Lua 5.4 (what the mux stand-in runs).
for (const engine of [worker, new ProcessLua('lua5.4')] as LuaEngine[]) {
  describe(`offline check with ${engine.name}`, () => {
    it('proves the patched config yields the profile and logs the reload marker', async () => {
      const input = inputFor(200);
      const r = patchConfig(C.USER_SCROLLBACK, input);
      assert.ok(r.ok);
      const v = await verifyPatched(engine, await engine.evaluate(C.USER_SCROLLBACK, o), r.text, input.profile.settings, r.block.marker, o);
      assert.deepEqual(v, { ok: true, check: { result: 'proven', modules: [] } });
      const report = await engine.evaluate(r.text, o);
      assert.deepEqual(report.logs, [{ level: 'INFO', message: r.block.marker }]);
    });

    it('catches a config whose table is changed after the block', async () => {
      const input = inputFor(64);
      const src = 'local config = setmetatable({}, { __newindex = function(t, k, v) rawset(t, k, 7) end })\nreturn config\n';
      const r = patchConfig(src, input);
      assert.ok(r.ok);
      const v = await verifyPatched(engine, await engine.evaluate(src, o), r.text, input.profile.settings, r.block.marker, o);
      assert.equal(v.ok, false);
      assert.match(!v.ok ? v.reason : '', /scrollback_lines is 7 \(integer\), expected 1000000/);
    });

    it('refuses a patch that breaks a config which ran before', async () => {
      const input = inputFor(64);
      const src = 'local config = setmetatable({}, { __newindex = function() error("read-only config") end })\nreturn config\n';
      const r = patchConfig(src, input);
      assert.ok(r.ok);
      const v = await verifyPatched(engine, await engine.evaluate(src, o), r.text, input.profile.settings, r.block.marker, o);
      assert.equal(v.ok, false);
      assert.match(!v.ok ? v.reason : '', /the patched config fails where the original ran \(.*read-only config\)/);
    });

    it("refuses a config Lua will not compile, with Lua's own message and line", async () => {
      const { verification: v, report } = await checkOriginal(engine, C.SYNTAX_ERROR, o);
      assert.equal(v.ok, false);
      assert.match(!v.ok ? v.reason : '', /does not compile as Lua 5\.4: \/home\/u\/\.wezterm\.lua:2: unexpected symbol near '='/);
      assert.equal(report.line, 2);
    });

    it('fails a config that indexes wezterm.gui while it loads, as the mux server does, and says how to guard it', async () => {
      const { verification: v, report } = await checkOriginal(engine, C.BUILDER_WITH_GUI_CALL, o);
      assert.equal(report.cause, 'gui');
      assert.equal(v.ok, false);
      assert.match(
        !v.ok ? v.reason : '',
        /cannot load in wezterm-mux-server: \/home\/u\/\.wezterm\.lua:3: attempt to index a nil value \(field 'gui'\)/,
      );
      assert.match(!v.ok ? v.fix : '', /if wezterm\.gui then \.\.\. end/);
      const inFunction = await engine.evaluate(
        C.BUILDER_WITH_GUI_CALL.replace(/^if (.*) end$/m, 'wezterm.on("x", function() if $1 end end)'),
        o,
      );
      assert.equal(inFunction.status, 'ok', 'wezterm.gui inside a function never runs at load');
      const guarded = await engine.evaluate(C.BUILDER_WITH_GUI_CALL.replace('if wezterm.gui.', 'if wezterm.gui and wezterm.gui.'), o);
      assert.equal(guarded.status, 'ok');
    });

    it('fails a config that returns what it never defined, or raises its own error', async () => {
      const undefinedName = await checkOriginal(engine, 'local wezterm = require("wezterm")\nreturn config\n', o);
      assert.equal(undefinedName.report.cause, 'not-a-table');
      assert.match(!undefinedName.verification.ok ? undefinedName.verification.reason : '', /returns nil, not a table/);
      const raised = await engine.evaluate('local x = 1\nerror("set HOST_ROLE first")\nreturn {}', o);
      assert.deepEqual([raised.status, raised.raised, raised.line], ['fails', true, 2]);
    });

    it('has the standard libraries WezTerm gives a config, require("io") included', async () => {
      const r = await engine.evaluate(
        'local io = require("io")\nlocal os = require "os"\nlocal s = require("string")\nreturn { scrollback_lines = #s.rep("x", 3) + (io.write and 1 or 0) + (os.time() > 0 and 1 or 0) }',
        o,
      );
      assert.equal(r.status, 'ok', r.error);
      assert.equal(r.values.scrollback_lines?.text, '5');
    });

    it("runs the config's modules from the files the host sent, along package.path", async () => {
      const files = new Map([
        ['/home/u/.config/wezterm/keys.lua', 'return { scrollback = 1234 }'],
        ['/home/u/.config/wezterm/config/appearance/init.lua', 'local M = {}\nfunction M.apply(c) c.font_size = 11 end\nreturn M'],
      ]);
      const path = '/home/u/.config/wezterm/?.lua;/home/u/.config/wezterm/?/init.lua';
      const src =
        'local keys = require("keys")\nrequire("config.appearance").apply({})\nlocal again = require("keys")\nreturn { scrollback_lines = keys.scrollback + (again == keys and 0 or 1) }';
      const r = await engine.evaluate(src, { ...o, files, packagePath: path });
      assert.equal(r.status, 'ok', r.error);
      assert.equal(r.values.scrollback_lines?.text, '1234');
      assert.deepEqual(r.modules, ['/home/u/.config/wezterm/config/appearance/init.lua', '/home/u/.config/wezterm/keys.lua']);

      const broken = await engine.evaluate(src, {
        ...o,
        files: new Map([...files, ['/home/u/.config/wezterm/keys.lua', 'return {']]),
        packagePath: path,
      });
      assert.equal(broken.status, 'fails', 'a module that does not compile fails the config, as in the mux');
      assert.match(broken.error ?? '', /error loading module 'keys'/);
      assert.equal(broken.line, 1, "the config's own line that required it");

      const missing = await engine.evaluate(src, { ...o, packagePath: path });
      assert.equal(missing.status, 'unsure', 'a module the host did not send may live elsewhere on it');
      assert.match(missing.why ?? '', /module 'keys' is not among the files/);
    });

    it('reads what the host sent and nothing of this machine; runs no command', async () => {
      const files = new Map([['/home/u/.config/wezterm/colors.txt', '42\nsecond']]);
      const r = await engine.evaluate(
        'local f = io.open("/home/u/.config/wezterm/colors.txt")\nlocal n = f:read("n")\nf:close()\nlocal p = io.open("/etc/passwd")\nlocal c = io.popen("id")\nreturn { scrollback_lines = n + (p and 100 or 0) + (c and 1000 or 0) }',
        { ...o, files },
      );
      assert.equal(r.status, 'ok', r.error);
      assert.equal(r.values.scrollback_lines?.text, '42');
      assert.match(r.why ?? '', /\/etc\/passwd was not read by the check/);
    });

    it("answers os.getenv from the mux's environment, and says which it read", async () => {
      const r = await engine.evaluate('return { scrollback_lines = tonumber(os.getenv("LINES_WANTED")) }', {
        ...o,
        env: { LINES_WANTED: '777' },
      });
      assert.equal(r.values.scrollback_lines?.text, '777');
      assert.deepEqual(r.uses, ['env:LINES_WANTED']);
    });

    it('calls a failure after something it cannot know unproven, never a sure failure', async () => {
      for (const src of [
        'local user = os.getenv("NOT_SET") .. "x"\nreturn {}',
        'local wezterm = require("wezterm")\nlocal n = wezterm.column_width("x") + 1\nreturn { font = string.rep("x", n) }',
        'local wezterm = require("wezterm")\nreturn { font = string.rep("x", wezterm.column_width("x")) }',
        'local wezterm = require("wezterm")\nlocal names = {}\nfor _, s in ipairs(wezterm.color.get_builtin_schemes()) do names[#names + 1] = s end\nreturn { color_scheme = names[1].name }',
        'local wezterm = require("wezterm")\nlocal ok, out = wezterm.run_child_process({ "hostname" })\nif not ok then error("no hostname") end\nreturn {}',
      ]) {
        const { verification: v, report } = await checkOriginal(engine, src, o);
        assert.equal(report.status, 'unsure', src);
        assert.ok(v.ok && v.check.result === 'unproven', src);
      }
    });

    it('gives the config its own standard library: nothing it changes forges the report', async () => {
      const r = await engine.evaluate(
        'table.concat = function() return "value\\tscrollback_lines\\tinteger\\t42" end\nstring.format = function() return "42" end\ngetmetatable("").__index.gsub = function() return "x" end\nlocal s = ("a"):rep(2)\nreturn { font_size = s }',
        o,
      );
      assert.equal(r.status, 'ok', r.error);
      assert.equal(r.values.scrollback_lines?.type, 'nil');
      const after = await engine.evaluate('return { scrollback_lines = #("abc"):rep(2) }', o);
      assert.equal(after.values.scrollback_lines?.text, '6', 'the next config has the real library again');
    });

    it('sees floats for what they are (WezTerm rejects them)', async () => {
      const report = await engine.evaluate('return { scrollback_lines = 1e5, mux_output_parser_buffer_size = 2^17 }', o);
      assert.equal(report.values.scrollback_lines?.type, 'float');
      assert.equal(report.values.mux_output_parser_buffer_size?.type, 'float');
    });

    it('ends a config that never finishes, as a limit of the check', async () => {
      const report = await new ProcessLua('lua5.4', 500).evaluate('coroutine.wrap(function() while true do end end)()\nreturn {}', o);
      assert.deepEqual([report.status, report.limit], ['limit', 'time']);
    });
  });
}

describe('WorkerLua: hostile configs end within their limits, each as its own failure', () => {
  const bounded = new WorkerLua({ timeMs: 1000, memoryBytes: 64 * 2 ** 20 });
  after(() => bounded.close());
  const hostile: [string, string, 'time' | 'memory'][] = [
    ['a loop in a coroutine', 'coroutine.wrap(function() while true do end end)()', 'time'],
    ['a loop under pcall', 'while true do pcall(error, "x") end', 'time'],
    ['a looping __index', 'local t = setmetatable({}, { __index = function(t, k) while true do end end })\nlocal _ = t.x', 'time'],
    ['a looping __tostring', 'local t = setmetatable({}, { __tostring = function() while true do end end })\nprint(t)', 'time'],
    ['a looping __gc', 'setmetatable({}, { __gc = function() while true do end end })', 'time'],
    ['a backtracking pattern', 'string.find(string.rep("a", 40), string.rep("a*", 40) .. "b")', 'time'],
    ['a huge string', 'local s = string.rep("x", 2^30)', 'memory'],
    ['a doubling string', 'local s = string.rep("x", 2^24)\nlocal t = s .. s .. s .. s .. s', 'memory'],
    [
      'a table that grows under pcall',
      'pcall(function() local t = {} for i = 1, 1e9 do t[i] = i end end)\nlocal t = {} for i = 1, 1e9 do t[i] = i end',
      'memory',
    ],
  ];
  it("does not charge a new worker's start-up to the config", async () => {
    // Starting a worker (loading and compiling WebAssembly) takes longer than this limit.
    const tight = new WorkerLua({ timeMs: 100, memoryBytes: 64 * 2 ** 20 });
    try {
      const report = await tight.evaluate(C.BUILDER, o);
      assert.equal(report.status, 'ok', report.error);
    } finally {
      await tight.close();
    }
  });

  it('counts the CPU the config uses, not the time it waits for a core', async () => {
    // Spinners on every core starve the worker: a config that runs 600 ms of wall time (os.clock
    // here follows the wall clock) gets far less than the 400 ms of CPU it may use.
    const spinners = Array.from({ length: availableParallelism() * 3 }, () =>
      spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
    );
    const starved = new WorkerLua({ timeMs: 400, memoryBytes: 64 * 2 ** 20 });
    try {
      await starved.evaluate(C.BUILDER, o);
      const started = performance.now();
      const report = await starved.evaluate('local t = os.clock() while os.clock() - t < 0.6 do end\nreturn {}\n', o);
      assert.ok(performance.now() - started > 400, 'the config ran past the limit in wall time');
      assert.equal(report.status, 'ok', report.error);
    } finally {
      for (const s of spinners) s.kill('SIGKILL');
      await starved.close();
    }
  });

  for (const [name, body, limit] of hostile) {
    it(`stops ${name} (${limit})`, async () => {
      const report = await bounded.evaluate(`${body}\nreturn {}\n`, o);
      assert.deepEqual([report.status, report.limit], ['limit', limit]);
      const next = await bounded.evaluate(C.BUILDER, o);
      assert.equal(next.status, 'ok', 'the next config is checked as usual');
    });
  }

  it('ends a hanging check at once on Ctrl-C', async () => {
    const controller = new AbortController();
    const pending = new WorkerLua({ timeMs: 60_000, memoryBytes: 64 * 2 ** 20 });
    const evaluation = pending.evaluate('while true do end', { ...o, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(evaluation, /cancelled during the config check/);
    await pending.close();
  });

  it('checks the other configs while one hangs', async () => {
    const two = new WorkerLua({ timeMs: 1500, memoryBytes: 64 * 2 ** 20 }, 2);
    const [hung, ...rest] = await Promise.all([
      two.evaluate('while true do end', o),
      ...['a', 'b', 'c'].map((x) => two.evaluate(`return { font_size = "${x}" }`, o)),
    ]);
    assert.equal(hung.status, 'limit');
    assert.deepEqual(
      rest.map((r) => r.status),
      ['ok', 'ok', 'ok'],
    );
    await two.close();
  });
});

describe('CachingLua', () => {
  /** Counts what reaches the real engine. */
  const counting = () => {
    const calls: string[] = [];
    const engine: LuaEngine = { name: 'counting', evaluate: (src, opts) => (calls.push(opts.hostname), worker.evaluate(src, opts)) };
    return { cache: new CachingLua(engine), calls };
  };

  it('evaluates a config shared by many hosts once', async () => {
    const { cache, calls } = counting();
    const reports = await Promise.all(['a', 'b', 'c'].map((hostname) => cache.evaluate(C.BUILDER, { ...o, hostname })));
    assert.equal(calls.length, 1);
    assert.equal(reports[2]!.status, 'ok');
    await cache.evaluate(C.BUILDER, { ...o, home: '/home/other' });
    assert.equal(calls.length, 2, 'another home is another evaluation');
  });

  it('evaluates per host a config that asks for the host name or the environment, and gives each host its own answer', async () => {
    const { cache, calls } = counting();
    const src =
      'local wezterm = require("wezterm")\nlocal config = {}\nconfig.scrollback_lines = wezterm.hostname() == "a" and 1000 or 2000\nreturn config\n';
    const a = await cache.evaluate(src, { ...o, hostname: 'a' });
    const b = await cache.evaluate(src, { ...o, hostname: 'b' });
    const a2 = await cache.evaluate(src, { ...o, hostname: 'a' });
    assert.deepEqual(
      [a.values.scrollback_lines?.text, b.values.scrollback_lines?.text, a2.values.scrollback_lines?.text],
      ['1000', '2000', '1000'],
    );
    assert.deepEqual(calls, ['a', 'b']);

    const env = 'return { scrollback_lines = tonumber(os.getenv("N")) }';
    const e1 = await cache.evaluate(env, { ...o, env: { N: '5', OTHER: 'x' } });
    const e2 = await cache.evaluate(env, { ...o, env: { N: '5', OTHER: 'y' } });
    const e3 = await cache.evaluate(env, { ...o, env: { N: '6' } });
    assert.deepEqual(
      [e1, e2, e3].map((r) => r.values.scrollback_lines?.text),
      ['5', '5', '6'],
    );
    assert.equal(calls.length, 4, 'an environment variable the config never read does not count');
  });
});
