import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeTokens, tokenize } from '../../../src/lua/lexer.js';
import { findTopLevelReturn } from '../../../src/lua/structure.js';

const topReturn = (src: string) => findTopLevelReturn(codeTokens(tokenize(src)));

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
