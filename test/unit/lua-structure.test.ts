import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeTokens, LuaLexError, tokenize } from '../../src/lua/lexer.js';
import { findTopLevelReturn } from '../../src/lua/structure.js';

const topReturn = (src: string) => findTopLevelReturn(codeTokens(tokenize(src)));

describe('Lua lexer', () => {
  it('keeps strings, long strings and comments whole', () => {
    const tokens = tokenize('x = "a\\"b" .. [==[ ]] ]==] --[[ c\n ]] -- d\ny = 0x1p4 + 1e-3 + .5');
    assert.deepEqual(
      tokens.map((t) => t.type),
      [
        'name',
        'symbol',
        'string',
        'symbol',
        'string',
        'comment',
        'comment',
        'name',
        'symbol',
        'number',
        'symbol',
        'number',
        'symbol',
        'number',
      ],
    );
    assert.equal(tokens[4]!.text, '[==[ ]] ]==]');
    assert.equal(tokens[7]!.line, 3);
  });

  it('counts lines across CRLF and multi-line tokens', () => {
    const tokens = tokenize('a\r\n--[[\r\n\r\n]]\r\nb');
    assert.deepEqual(
      tokens.map((t) => t.line),
      [1, 2, 5],
    );
  });

  it('says where a string or long bracket is unfinished', () => {
    assert.throws(
      () => tokenize('x = 1\ny = "abc'),
      (e: unknown) => e instanceof LuaLexError && e.line === 2,
    );
    assert.throws(() => tokenize('--[==[ never closed ]]'), /unfinished long comment/);
  });
});

describe('findTopLevelReturn', () => {
  it('finds `return NAME` at depth 0, skipping returns inside functions, ifs and loops', () => {
    const r = topReturn(
      'local function f() return 1 end\nfor i = 1, 2 do if i then return end end\nwhile false do end\nrepeat local z = 1 until true\nreturn cfg;',
    );
    assert.equal(r?.kind, 'ident');
    assert.equal(r?.kind === 'ident' && r.ident, 'cfg');
  });

  it('finds a returned table constructor, nested braces included', () => {
    const r = topReturn('return { a = { b = {} }, c = function() return {} end }');
    assert.equal(r?.kind, 'table');
  });

  it('takes anything else as an expression, ending at its last token', () => {
    for (const src of ['return f(config)', 'return { a = 1 } or x', 'return a, b', 'return C:init():append(require "x").options;']) {
      const r = topReturn(src);
      assert.equal(r?.kind, 'expr', src);
      assert.equal(r?.kind === 'expr' && src.slice(r.returnToken.start, r.last.end).replace(/;$/, ''), src.replace(/;$/, ''));
    }
  });

  it('tells a bare return apart', () => {
    assert.equal(topReturn('local x = 1\nreturn')?.kind, 'none');
    assert.equal(topReturn('return;')?.kind, 'none');
  });

  it('finds nothing when the only return is in a block', () => {
    assert.equal(topReturn('do return {} end'), undefined);
    assert.equal(topReturn('-- return config'), undefined);
  });
});
