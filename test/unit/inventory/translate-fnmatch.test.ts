import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translateFnmatch } from '../../../src/inventory/translate-fnmatch.js';

describe("translateFnmatch: Python's fnmatch", () => {
  it('matches the whole name with *, ?, [seq] and [!seq], the rest literal', () => {
    const m = (p: string, name: string) => translateFnmatch(p).test(name);
    assert.ok(m('web*', 'web01') && !m('web*', 'xweb01'));
    assert.ok(m('web0?', 'web01') && !m('web0?', 'web010'));
    assert.ok(m('web0[12]', 'web02') && !m('web0[12]', 'web03'));
    assert.ok(m('web0[!12]', 'web03') && !m('web0[!12]', 'web01'));
    assert.ok(m('db-[a-c]', 'db-b') && !m('db-[a-c]', 'db-d'));
    assert.ok(m('10.0.0.*', '10.0.0.5') && !m('10.0.0.*', '10x0.0.5'));
    assert.ok(m('a[]]b', 'a]b') && m('web[', 'web[') && m('(x)+', '(x)+'));
  });
});
