import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoize } from '../../../src/core/memo.js';

describe('memoize', () => {
  it('works a key out once, and forgets the oldest past its bound', () => {
    const calls: number[] = [];
    const square = memoize(
      (n: number) => (calls.push(n), n * n),
      (n) => String(n),
      2,
    );
    assert.deepEqual([square(2), square(2), square(3)], [4, 4, 9]);
    assert.deepEqual(calls, [2, 3]);
    square(4); // 2 is the oldest: it goes
    assert.equal(square(3), 9);
    assert.equal(square(2), 4);
    assert.deepEqual(calls, [2, 3, 4, 2]);
  });
});
