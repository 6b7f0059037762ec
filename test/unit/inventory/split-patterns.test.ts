import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitPatterns } from '../../../src/inventory/split-patterns.js';

describe("splitPatterns: Ansible's split_host_pattern, and tag:/group:", () => {
  it('splits on , and on : outside brackets and addresses', () => {
    assert.deepEqual(splitPatterns(['web:&gpu,!web03', 'tag:a:!group:b']), ['web', '&gpu', '!web03', 'tag:a', '!group:b']);
    assert.deepEqual(splitPatterns(['web[0:2]:db[1]']), ['web[0:2]', 'db[1]']);
    assert.deepEqual(splitPatterns(['fe80::1', 'web01:22', ' a , b ']), ['fe80::1', 'web01:22', 'a', 'b']);
    assert.deepEqual(splitPatterns(['~(?:web|db):x,y']), ['~(?:web|db):x', 'y']);
  });
});
