import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../../src/core/errors.js';
import { parseHostList } from '../../../src/inventory/parse-host-list.js';

describe("parseHostList: Ansible's host_list, and user@", () => {
  it('splits on commas, finds ports, keeps the first of a name', () => {
    assert.deepEqual(parseHostList(' web1, web2:2222 ,[fe80::1]:22,10.0.0.5,web1:9,'), [
      { name: 'web1' },
      { name: 'web2', port: 2222 },
      { name: 'fe80::1', port: 22 },
      { name: '10.0.0.5' },
    ]);
    assert.deepEqual(parseHostList('ops@gpu-01:2200'), [{ name: 'gpu-01', port: 2200, user: 'ops' }]);
  });

  it('refuses what is no address, ranges included, naming each', () => {
    assert.throws(
      () => parseHostList('web[1:3],a b,ok'),
      (e: unknown) =>
        e instanceof UsageError &&
        e.issues.join('\n') ===
          '-i web[1:3]: not a host name or address (a host list does not expand ranges, as in Ansible: use an inventory file)\n-i a b: not a host name or address',
    );
  });
});
