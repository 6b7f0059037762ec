import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { takesArgCount } from '../../../src/ssh/ssh-keywords.js';

describe("ssh's keywords", () => {
  it('knows how many arguments ssh takes', () => {
    assert.equal(takesArgCount('user', 1), true);
    assert.equal(takesArgCount('user', 2), false);
    assert.equal(takesArgCount('user', 0), false);
    assert.equal(takesArgCount('sendenv', 3), true);
    assert.equal(takesArgCount('localforward', 1), false);
    assert.equal(takesArgCount('remoteforward', 1), true);
    assert.equal(takesArgCount('proxycommand', 5), true);
    assert.equal(takesArgCount('cipher', 3), true);
  });
});
