import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestWord } from '../../../src/core/closest-word.js';

describe('closestWord', () => {
  it('names the candidate at most two edits away, and guesses nothing further', () => {
    const keys = ['timeout', 'retries', 'concurrency'];
    assert.equal(closestWord('timout', keys), 'timeout');
    assert.equal(closestWord('concurency', keys), 'concurrency');
    assert.equal(closestWord('retires', keys), 'retries');
    assert.equal(closestWord('colour', keys), undefined);
    assert.equal(closestWord('x', []), undefined);
  });
});
