import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBlockLines } from '../../src/config/block.js';
import { patchConfig } from '../../src/config/patch-config.js';
import { checkOriginal, verifyPatched } from '../../src/config/verify-config.js';
import { CachingLua, ProcessLua, WasmLua, type LuaEngine } from '../../src/lua/engine.js';
import * as C from '../fixtures/configs.js';
import { inputFor } from '../helpers/profiles.js';

const o = { chunkname: '/home/u/.wezterm.lua', home: '/home/u', hostname: 'h' };

// The product uses wasmoon; the same evaluator must agree with a stand-alone Lua 5.4 (what the mux stand-in runs).
for (const engine of [new WasmLua(), new ProcessLua('lua5.4')] as LuaEngine[]) {
  describe(`offline check with ${engine.name}`, () => {
    it('proves the patched config yields the profile and logs the reload marker', async () => {
      const input = inputFor(200);
      const r = patchConfig(C.USER_SCROLLBACK, input);
      assert.ok(r.ok);
      const v = await verifyPatched(engine, await engine.evaluate(C.USER_SCROLLBACK, o), r.text, input.profile.settings, r.block.marker, o);
      assert.deepEqual(v, { ok: true, evaluated: true });
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

    it("refuses a config Lua will not compile, with Lua's own message", async () => {
      const { verification: v } = await checkOriginal(engine, C.SYNTAX_ERROR, o);
      assert.equal(v.ok, false);
      assert.match(!v.ok ? v.reason : '', /does not compile as Lua 5\.4: \/home\/u\/\.wezterm\.lua:2: unexpected symbol near '='/);
    });

    it('accepts, with a note, a config that needs what the offline check lacks', async () => {
      for (const [src, why] of [
        [C.USES_MODULE, /module 'keys'/],
        [C.BUILDER_WITH_GUI_CALL, /field 'gui'/],
      ] as const) {
        const input = inputFor(128);
        const r = patchConfig(src, input);
        assert.ok(r.ok);
        const v = await verifyPatched(engine, await engine.evaluate(src, o), r.text, input.profile.settings, r.block.marker, o);
        assert.equal(v.ok && !v.evaluated, true);
        assert.match(v.ok && !v.evaluated ? v.note : '', why);
      }
    });

    it('sees floats for what they are (WezTerm rejects them)', async () => {
      const report = await engine.evaluate('return { scrollback_lines = 1e5, mux_output_parser_buffer_size = 2^17 }', o);
      assert.equal(report.values.scrollback_lines?.type, 'float');
      assert.equal(report.values.mux_output_parser_buffer_size?.type, 'float');
    });

    it('runs no commands and reads no files of the machine doing the check', async () => {
      const report = await engine.evaluate('local p = io.popen("id")\nreturn {}', o);
      assert.equal(report.status, 'unsupported');
      const r2 = await engine.evaluate('local f = io.open("/etc/passwd")\nreturn { scrollback_lines = f and 1 or 2 }', o);
      assert.equal(r2.values.scrollback_lines?.text, '2');
    });
  });
}

describe('parseBlockLines', () => {
  it('reads back the settings and hash of a rendered block', () => {
    const r = patchConfig(C.BUILDER, inputFor(384));
    assert.ok(r.ok);
    const parsed = parseBlockLines(r.block.lines);
    assert.equal(parsed.hash, r.block.hash);
    assert.deepEqual(parsed.settings, inputFor(384).profile.settings);
  });
});

describe('CachingLua', () => {
  /** Counts what reaches the real engine. */
  const counting = () => {
    const inner = new WasmLua();
    const calls: string[] = [];
    const engine: LuaEngine = { name: 'counting', evaluate: (src, opts) => (calls.push(opts.hostname), inner.evaluate(src, opts)) };
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

  it('evaluates per host a config that asks for the host name, and gives each host its own answer', async () => {
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
  });
});
