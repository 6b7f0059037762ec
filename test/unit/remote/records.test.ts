import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRecords } from '../../../src/remote/records.js';

describe('records', () => {
  it('parses a binary record by its count, and drops it when its end is not where the count says', () => {
    const record = (bytes: string, count: number) => Buffer.from(`a\0one\0mod#\0${count}\0${bytes}mod.end\0\0b\0two\0content\0tail`);
    const whole = parseRecords(record('x\0y\0z', 5));
    assert.equal(whole.bytes.get('mod')?.toString(), 'x\0y\0z', 'NULs inside pass');
    assert.deepEqual([whole.get('a'), whole.get('b'), whole.content?.toString()], ['one', 'two', 'tail']);
    for (const count of [4, 9]) {
      const changed = parseRecords(record('x\0y\0z', count));
      assert.equal(changed.bytes.has('mod'), false, `a count of ${count} for 5 bytes`);
      assert.equal(changed.get('mod.changed'), '1');
      assert.deepEqual([changed.get('b'), changed.content?.toString()], ['two', 'tail'], 'the records after it still parse');
    }
  });

  it('parses NUL records and raw content after them', () => {
    const buf = Buffer.concat([Buffer.from('a\0one\0b\0two\0a\0three\0content\0'), Buffer.from([0, 1, 2, 0xff])]);
    const r = parseRecords(buf);
    assert.deepEqual(r.all.get('a'), ['one', 'three']);
    assert.equal(r.get('b'), 'two');
    assert.deepEqual([...r.content!], [0, 1, 2, 0xff]);
  });
});
