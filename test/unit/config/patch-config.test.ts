import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BEGIN_MARKER, END_MARKER, parseBlockLines } from '../../../src/config/block.js';
import { verifyPatched } from '../../../src/config/verify-config.js';
import { patchConfig, type PatchResult } from '../../../src/config/patch-config.js';
import { WorkerLua } from '../../../src/lua/worker-lua.js';
import * as C from '../../fixtures/configs.js';
import { inputFor } from '../../helpers/profiles.js';

const lua = new WorkerLua();
const evalOptions = { chunkname: '/home/u/.wezterm.lua', home: '/home/u', hostname: 'h' };

function ok(r: PatchResult): Extract<PatchResult, { ok: true }> {
  if (!r.ok) assert.fail(`refused: ${r.reason}`);
  return r;
}

/** The text with the managed block (and its line endings) cut out. */
function withoutBlock(text: string): string {
  const start = text.lastIndexOf(BEGIN_MARKER);
  const endMarker = text.lastIndexOf(END_MARKER);
  assert.ok(start >= 0 && endMarker > start, 'no managed block');
  let end = endMarker + END_MARKER.length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n') end += 1;
  return text.slice(0, start) + text.slice(end);
}

async function effective(text: string) {
  const report = await lua.evaluate(text, evalOptions);
  assert.equal(report.status, 'ok', report.error);
  return Object.fromEntries(
    Object.entries(report.values).map(([k, v]) => [k, v.type === 'integer' ? Number(v.text) : `${v.type}:${v.text}`]),
  );
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('patchConfig: `return IDENT` configs', () => {
  it('puts the block just before the return and keeps every other byte', async () => {
    const r = ok(patchConfig(C.BUILDER, inputFor(200)));
    assert.equal(r.shape, 'return-ident');
    assert.equal(withoutBlock(r.text), C.BUILDER);
    assert.ok(r.text.includes(`${END_MARKER}\nreturn config\n`));
    assert.ok(r.text.includes('config.scrollback_lines = 3700000\n'));
    assert.deepEqual(await effective(r.text), inputFor(200).profile.settings);
  });

  it('handles the guarded config_builder pattern', async () => {
    const r = ok(patchConfig(C.GUARDED_BUILDER, inputFor(64)));
    assert.equal(withoutBlock(r.text), C.GUARDED_BUILDER);
    assert.deepEqual(await effective(r.text), inputFor(64).profile.settings);
  });

  it('assigns to whatever name the file returns (aliases, no trailing newline)', async () => {
    const r = ok(patchConfig(C.ALIASED, inputFor(128)));
    assert.ok(r.text.includes('c.scrollback_lines = 2000000\n'));
    assert.ok(!r.text.includes('config.'));
    assert.ok(r.text.endsWith('-- END WEZFLEET MANAGED BLOCK\nreturn c'), 'the missing trailing newline stays missing');
    assert.equal(withoutBlock(r.text), C.ALIASED);
    assert.deepEqual(await effective(r.text), inputFor(128).profile.settings);
  });

  it('keeps CRLF line endings, tabs and the missing final newline', async () => {
    const r = ok(patchConfig(C.CRLF_NO_TRAILING_NEWLINE, inputFor(256)));
    assert.equal(withoutBlock(r.text), C.CRLF_NO_TRAILING_NEWLINE);
    assert.equal(count(r.text, '\r\n'), count(r.text, '\n'), 'every line ending is CRLF');
    assert.deepEqual(await effective(r.text), inputFor(256).profile.settings);
  });

  it('is not fooled by keywords and markers inside strings, long strings and comments', async () => {
    const r = ok(patchConfig(C.TRICKY_TOKENS, inputFor(512)));
    assert.equal(withoutBlock(r.text), C.TRICKY_TOKENS);
    assert.ok(r.text.endsWith(`${END_MARKER}\nreturn config\n`));
    assert.equal(count(r.text, BEGIN_MARKER), 2, 'the one inside the long string is left alone, ours added');
    assert.deepEqual(r.userAssignments, [], 'window_frame.font_size is not a tuned key');
    assert.deepEqual(await effective(r.text), inputFor(512).profile.settings);
  });

  it('inserts before a return that shares its line with other code', async () => {
    const r = ok(patchConfig(C.SAME_LINE_RETURN, inputFor(64)));
    assert.equal(withoutBlock(r.text).replace('config.font_size = 10 \nreturn', 'config.font_size = 10 return'), C.SAME_LINE_RETURN);
    assert.deepEqual(await effective(r.text), inputFor(64).profile.settings);
  });

  it("reports the user's own settings of tuned keys with their line numbers, and the block wins", async () => {
    const r = ok(patchConfig(C.USER_SCROLLBACK, inputFor(200)));
    assert.deepEqual(
      r.userAssignments.map((a) => [a.line, a.key]),
      [
        [3, 'scrollback_lines'],
        [4, 'mux_output_parser_buffer_size'],
      ],
    );
    assert.equal(r.userAssignments[0]!.text, 'config.scrollback_lines = 5000');
    const values = await effective(r.text);
    assert.equal(values.scrollback_lines, 3_700_000);
    assert.equal(values.mux_output_parser_buffer_size, 6_553_600);
  });
});

describe('patchConfig: `return { ... }` configs', () => {
  it('rewrites the literal into a local, adds the block and returns it', async () => {
    const r = ok(patchConfig(C.TABLE_LITERAL, inputFor(128)));
    assert.equal(r.shape, 'return-table');
    const expected = C.TABLE_LITERAL.replace('\nreturn {', '\nlocal config = {').replace(
      /}\n$/,
      `}\n${r.block.lines.join('\n')}\nreturn config\n`,
    );
    assert.equal(r.text, expected);
    const values = await effective(r.text);
    assert.deepEqual(values, inputFor(128).profile.settings);
  });

  it("keeps a trailing semicolon and comment, and the user's table fields", async () => {
    const r = ok(patchConfig(C.TABLE_LITERAL_SEMICOLON, inputFor(64)));
    assert.ok(r.text.startsWith('local config = { enable_tab_bar = false };\n-- BEGIN'));
    assert.ok(r.text.endsWith('-- END WEZFLEET MANAGED BLOCK\nreturn config -- done\n'));
    const report = await lua.evaluate(r.text, evalOptions);
    assert.equal(report.status, 'ok');
  });

  it('reports tuned keys set inside the returned table', () => {
    const src = 'return {\n  font_size = 10,\n  scrollback_lines = 20000,\n}\n';
    const r = ok(patchConfig(src, inputFor(64)));
    assert.deepEqual(
      r.userAssignments.map((a) => [a.line, a.key]),
      [[3, 'scrollback_lines']],
    );
  });
});

describe('patchConfig: any other returned value', () => {
  // Each returns a table built another way; the evaluator is given what each needs.
  const helper =
    'local function merge(...) local t = {} for _, x in ipairs({...}) do for k, v in pairs(x) do t[k] = v end end return t end\n';
  const forms: [string, string][] = [
    ['a call', `${helper}local config, ui = { a = 1 }, { b = 2 }\nreturn merge(config, ui)\n`],
    [
      'a call that reads the same name',
      `local config = { a = 1 }\nlocal function finish(c) c.done = true return c end\nreturn finish(config)`,
    ],
    [
      'a method chain',
      'local C = {}\nC.__index = C\nfunction C:init() return setmetatable({ options = {} }, C) end\nfunction C:append(t) for k, v in pairs(t) do self.options[k] = v end return self end\nreturn C:init():append({ font_size = 12 }).options;\n',
    ],
    ['setmetatable', 'return setmetatable({ a = 1 }, { __index = function() return nil end }) -- the end\n'],
    ['an or', 'local base = nil\nreturn base or { a = 1 }\n'],
    ['a parenthesised table', 'return ({ a = 1 })'],
    ['two values', 'return { a = 1 }, "ignored"\n'],
  ];
  for (const [name, src] of forms) {
    it(`binds ${name} to a local, applies the block and returns it, proven by Lua and idempotent`, async () => {
      const input = inputFor(256);
      const r = ok(patchConfig(src, input));
      assert.equal(r.shape, 'return-expr');
      const at = Math.max(...[...src.matchAll(/^return /gm)].map((m) => m.index));
      assert.equal(r.text.slice(0, at), src.slice(0, at), 'every byte before the return is kept');
      assert.ok(r.text.startsWith(src.slice(0, at) + 'local config = '), 'the return becomes a local');
      assert.ok(r.text.includes(src.slice(at + 'return '.length).replace(/;?( -- the end)?\n?$/, '')), 'the expression is kept');
      assert.deepEqual(await effective(r.text), input.profile.settings);
      const again = ok(patchConfig(r.text, input));
      assert.equal(again.changed, false, 'a second run changes nothing');
      assert.equal(again.shape, 'return-ident');
    });
  }
});

describe('patchConfig: idempotence', () => {
  for (const [name, src] of Object.entries({
    BUILDER: C.BUILDER,
    TABLE_LITERAL: C.TABLE_LITERAL,
    CRLF: C.CRLF_NO_TRAILING_NEWLINE,
    REFERENCE_SCRIPT: C.REFERENCE_SCRIPT,
    ALIASED: C.ALIASED,
  })) {
    it(`a second patch with the same profile changes nothing (${name})`, () => {
      const first = ok(patchConfig(src, inputFor(200)));
      const second = ok(patchConfig(first.text, inputFor(200)));
      assert.equal(second.changed, false);
      assert.equal(second.text, first.text);
    });
  }

  it('a new profile replaces the block in place, nothing else moves', () => {
    const first = ok(patchConfig(C.BUILDER, inputFor(200)));
    const second = ok(patchConfig(first.text, inputFor(512)));
    assert.equal(second.changed, true);
    assert.equal(withoutBlock(second.text), C.BUILDER);
    assert.equal(count(second.text, BEGIN_MARKER), 1);
    assert.ok(second.text.includes('config.scrollback_lines = 10000000'));
  });

  it('moves a block that code was added after, so that it stays last', async () => {
    const first = ok(patchConfig(C.BUILDER, inputFor(64))).text;
    const edited = first.replace(`${END_MARKER}\n`, `${END_MARKER}\nconfig.scrollback_lines = 42\n`);
    const r = ok(patchConfig(edited, inputFor(64)));
    assert.ok(r.text.includes(`config.scrollback_lines = 42\n${BEGIN_MARKER}`));
    assert.equal((await effective(r.text)).scrollback_lines, 1_000_000);
  });

  it('the block hash changes with the settings and only with them', () => {
    const a = ok(patchConfig(C.BUILDER, inputFor(200))).block.hash;
    const b = ok(patchConfig(C.TABLE_LITERAL, inputFor(200))).block.hash;
    const c = ok(patchConfig(C.BUILDER, inputFor(256))).block.hash;
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.match(a, /^[0-9a-f]{12}$/);
  });
});

describe("patchConfig: migrating the reference script's block", () => {
  it("replaces exactly that block, keeping the user's own rules, blank lines and settings", async () => {
    const r = ok(patchConfig(C.REFERENCE_SCRIPT, inputFor(200)));
    assert.deepEqual(
      r.replaced.map((b) => [b.kind, b.firstLine, b.lastLine]),
      [['reference-script', 9, 22]],
    );
    const lines = C.REFERENCE_SCRIPT.split('\n');
    const expected = [...lines.slice(0, 8), ...r.block.lines, ...lines.slice(22)].join('\n');
    assert.equal(r.text, expected);
    assert.equal(count(r.text, '-- ===='), 2, "the user's Appearance rules stay");
    assert.ok(!r.text.includes('Auto-generated'));
    assert.deepEqual(await effective(r.text), inputFor(200).profile.settings);
  });

  it("recognises a block pasted from the guide, and leaves the user's next setting alone", () => {
    const r = ok(patchConfig(C.GUIDE_PASTE, inputFor(64)));
    assert.deepEqual(
      r.replaced.map((b) => b.kind),
      ['reference-script'],
    );
    assert.ok(r.text.includes('config.enable_scroll_bar = true\n'));
    assert.ok(!r.text.includes('PERFORMANCE TUNING (64GB system)'));
    assert.equal(count(r.text, 'config.scrollback_lines'), 1);
  });
});

describe('patchConfig: refusals leave nothing to write', () => {
  const cases: [string, string, RegExp][] = [
    ['a commented-out return', C.COMMENTED_RETURN, /no top-level `return`/],
    ['a bare return', 'local config = {}\nreturn\n', /returns nothing/],
    ['an unfinished string', C.UNFINISHED_STRING, /does not parse as Lua \(line 2: unfinished string\)/],
    [
      'a BEGIN marker without END',
      `local c = {}\n${BEGIN_MARKER}\nc.x = 1\nreturn c\n`,
      /starting at line 2 has no "-- END WEZFLEET MANAGED BLOCK"/,
    ],
    [
      'an END marker without BEGIN',
      `local c = {}\n${END_MARKER}\nreturn c\n`,
      /line 2 has "-- END WEZFLEET MANAGED BLOCK" without a BEGIN/,
    ],
    ['a return inside a function only', 'local function f()\n  return {}\nend\n', /no top-level `return`/],
  ];
  for (const [name, src, reason] of cases) {
    it(`refuses ${name}, saying why and what to do`, () => {
      const r = patchConfig(src, inputFor(64));
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.match(r.reason, reason);
      assert.ok(r.fix.length > 10);
    });
  }
});

describe('patchConfig: no config at all', () => {
  it('creates a minimal config_builder config holding the block', async () => {
    const r = ok(patchConfig(undefined, inputFor(96)));
    assert.equal(r.shape, 'created');
    assert.match(r.text, /local config = wezterm\.config_builder\(\)/);
    assert.deepEqual(await effective(r.text), inputFor(96).profile.settings);
  });
});

describe("patchConfig: a rescue's Hold line", () => {
  it('adds exit_behavior = "Hold" inside the block, proven by Lua, and a normal apply takes it out again', async () => {
    const input = inputFor(128);
    const held = ok(patchConfig(C.BUILDER, { ...input, hold: true }));
    assert.match(held.text, /^config\.exit_behavior = "Hold"$/m);
    const report = await lua.evaluate(held.text, evalOptions);
    assert.equal(report.exitBehavior, 'Hold');
    assert.deepEqual(await verifyPatched(lua, undefined, held.text, input.profile.settings, held.block.marker, evalOptions, true), {
      ok: true,
      check: { result: 'proven', modules: [] },
    });
    assert.equal(parseBlockLines(held.block.lines).hold, true);
    assert.equal(withoutBlock(held.text), C.BUILDER, 'nothing outside the block changes');

    const normal = ok(patchConfig(held.text, input));
    assert.equal(normal.changed, true);
    assert.doesNotMatch(normal.text, /exit_behavior/);
    assert.notEqual(normal.block.hash, held.block.hash, 'a new marker proves the mux loaded the change');
    assert.equal(parseBlockLines(normal.block.lines).hold, undefined);
  });

  it('refuses a Hold the config overrides after the block', async () => {
    const input = inputFor(64);
    const src = 'local config = {}\nlocal function finish(c) c.exit_behavior = "Close"; return c end\nreturn finish(config)\n';
    const r = patchConfig(src.replace('return finish(config)', 'config = finish(config)\nreturn config'), { ...input, hold: true });
    assert.ok(r.ok);
    const report = await lua.evaluate(r.text, evalOptions);
    assert.equal(report.exitBehavior, 'Hold', 'the block comes last before the return, so it wins');
    const late =
      'local config = setmetatable({}, { __newindex = function(t, k, v) if k == "exit_behavior" then v = "Close" end rawset(t, k, v) end })\nreturn config\n';
    const lr = ok(patchConfig(late, { ...input, hold: true }));
    const v = await verifyPatched(lua, undefined, lr.text, input.profile.settings, lr.block.marker, evalOptions, true);
    assert.equal(v.ok, false);
    assert.match(v.ok ? '' : v.reason, /exit_behavior is "Close", not "Hold"/);
  });
});
