import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LuaLexError, tokenize } from '../../../src/lua/lexer.js';

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
