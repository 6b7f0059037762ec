import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connectTimeoutMs, type SshContext } from '../../../src/ssh/connect.js';
import type { ResolvedSsh } from '../../../src/ssh/ssh-config.js';

/** Only the fields the deadline reads. */
const host = (connectTimeoutSeconds?: number) => ({ connectTimeoutSeconds }) as ResolvedSsh;
const ctx = (o: Partial<SshContext>) => o as SshContext;

describe('connectTimeoutMs', () => {
  it("--connect-timeout, then the host's ConnectTimeout, then the config file's, then 10 s", () => {
    assert.equal(connectTimeoutMs(host(5), ctx({ connectTimeoutMs: 2000, fallbackConnectTimeoutMs: 3000 })), 2000);
    assert.equal(connectTimeoutMs(host(5), ctx({ fallbackConnectTimeoutMs: 3000 })), 5000);
    assert.equal(connectTimeoutMs(host(), ctx({ fallbackConnectTimeoutMs: 3000 })), 3000);
    assert.equal(connectTimeoutMs(host(), ctx({})), 10_000);
  });
});
