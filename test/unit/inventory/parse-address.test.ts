import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAddress } from '../../../src/inventory/parse-address.js';

describe("parseAddress: Ansible's parse_address", () => {
  it('finds the port after a name, an IPv4 address or a bracketed IPv6 one', () => {
    assert.deepEqual(parseAddress('web1', false), { host: 'web1' });
    assert.deepEqual(parseAddress('web1:2222', false), { host: 'web1', port: 2222 });
    assert.deepEqual(parseAddress('10.0.0.1:22', false), { host: '10.0.0.1', port: 22 });
    assert.deepEqual(parseAddress('[fe80::1]:22', false), { host: 'fe80::1', port: 22 });
    assert.deepEqual(parseAddress('fe80::1', false), { host: 'fe80::1' });
    assert.deepEqual(parseAddress('db[01:03]:2200', true), { host: 'db[01:03]', port: 2200 });
  });

  it('refuses what Ansible refuses: no name, a range where none is allowed', () => {
    for (const text of ['web:&gpu', '!web', 'user@host', 'web_', 'a b']) assert.equal(parseAddress(text, true), undefined, text);
    assert.equal(parseAddress('web[1:3]', false), undefined);
  });
});
