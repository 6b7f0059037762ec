import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { shCommand, shQuote } from '../../../src/core/quote.js';

describe('shQuote', () => {
  const hostile = ["it's", '$(touch /tmp/pwned)', '`id`', 'a b\nc', '*', '"; rm -rf ~; "', '-n', '\\', ''];
  for (const value of hostile) {
    it(`passes ${JSON.stringify(value)} through sh unchanged`, () => {
      const out = execFileSync('/bin/sh', ['-c', `printf '%s' ${shQuote(value)}`]);
      assert.equal(out.toString(), value);
    });
  }

  it('refuses NUL', () => assert.throws(() => shQuote('a\0b'), /NUL/));

  it('builds sh -c commands whose arguments arrive intact', () => {
    const out = execFileSync('/bin/sh', ['-c', shCommand('printf "[%s]" "$@"', ['a b', "c'd", '$(x)'])]);
    assert.equal(out.toString(), "[a b][c'd][$(x)]");
  });
});
