import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { chooseTransport, needsOpenSsh } from '../../../src/openssh/choose-transport.js';
import { KnownHostsStore } from '../../../src/ssh/host-key-policy.js';
import type { ResolvedSsh } from '../../../src/ssh/ssh-config.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-choose-'));
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';
const host = (over: Partial<ResolvedSsh> = {}): ResolvedSsh => ({
  alias: 'h',
  hostname: '10.0.0.5',
  user: 'ops',
  port: 22,
  identityFiles: ['/keys/id'],
  identitiesOnly: false,
  proxyJump: [],
  userKnownHostsFiles: [join(dir, 'kh')],
  globalKnownHostsFiles: [],
  hashKnownHosts: false,
  serverAliveIntervalSeconds: 0,
  serverAliveCountMax: 3,
  certificateFiles: [],
  gssapi: false,
  passwordLogin: false,
  ...over,
});
const files = (present: Record<string, string>) => ({ exists: (p: string) => p in present, read: (p: string) => present[p] ?? '' });

describe('which transport serves a host', () => {
  writeFileSync(join(dir, 'kh'), `10.0.0.5 ${KEY}\n@cert-authority *.corp,10.0.9.* ${KEY}\n`);
  const store = new KnownHostsStore();

  it('ssh2 for a plain host; each thing only ssh can do named as the reason', () => {
    assert.deepEqual(needsOpenSsh(host(), store, files({})), []);
    assert.deepEqual(needsOpenSsh(host({ proxyCommand: 'nc -X connect %h %p' }), store, files({})), ['ProxyCommand']);
    assert.deepEqual(needsOpenSsh(host({ certificateFiles: ['/keys/c'] }), store, files({})), ['CertificateFile']);
    assert.deepEqual(needsOpenSsh(host(), store, files({ '/keys/id-cert.pub': '' })), ['a user certificate (/keys/id-cert.pub)']);
    assert.deepEqual(needsOpenSsh(host(), store, files({ '/keys/id.pub': 'sk-ssh-ed25519@openssh.com AAAA' })), ['a FIDO key (/keys/id)']);
    assert.deepEqual(needsOpenSsh(host({ gssapi: true, pkcs11Provider: '/usr/lib/p11.so' }), store, files({})), [
      'GSSAPIAuthentication',
      'PKCS11Provider',
    ]);
    assert.deepEqual(needsOpenSsh(host({ passwordLogin: true }), store, files({})), ['a password login']);
  });

  it('@cert-authority only for the hosts its patterns name', () => {
    assert.deepEqual(needsOpenSsh(host({ hostname: '10.0.9.7' }), store, files({})), ['@cert-authority in known_hosts']);
    assert.deepEqual(needsOpenSsh(host({ hostname: '10.0.8.7' }), store, files({})), []);
  });

  it('auto picks ssh2 unless there is a reason; an explicit choice stands', () => {
    assert.equal(chooseTransport('auto', []), 'ssh2');
    assert.equal(chooseTransport('auto', ['ProxyCommand']), 'openssh');
    assert.equal(chooseTransport('openssh', []), 'openssh');
    assert.equal(chooseTransport('ssh2', ['ProxyCommand']), 'ssh2');
  });
});
