import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifySshFailure, lostConnection } from '../../../src/openssh/ssh-failure.js';

/** What OpenSSH 9 prints in each case (recorded from the test fleet and from ssh against closed ports). */
const SAID: [string, string, string, boolean][] = [
  ['root@10.0.0.1: Permission denied (publickey).\r\n', 'auth', 'authentication failed for w', false],
  [
    'No ED25519 host key is known for 10.0.0.1 and you have requested strict checking.\r\nHost key verification failed.\r\n',
    'host-key',
    'the host key of w was refused',
    false,
  ],
  ['ssh: connect to host 10.0.0.1 port 22: Connection refused\r\n', 'connect', 'connection refused by w', true],
  ['ssh: connect to host 10.0.0.1 port 22: Connection timed out\r\n', 'connect', 'ssh to w failed', true],
  ['ssh: Could not resolve hostname nowhere: Name or service not known\r\n', 'connect', 'cannot resolve w', false],
  [
    'kex_exchange_identification: Connection closed by remote host\r\nConnection closed by UNKNOWN port 65535\r\n',
    'connect',
    'ssh to w failed',
    true,
  ],
  ['Bad configuration option: usekeychain\r\n/cfg: terminating, 1 bad configuration options\r\n', 'connect', 'ssh to w failed', false],
];

describe("ssh's failures, as wezfleet's", () => {
  for (const [stderr, kind, message, transient] of SAID) {
    it(`${kind}: ${stderr.split('\n')[0]}`, () => {
      const e = classifySshFailure(stderr, 'w', 'exit 255');
      assert.equal(e.kind, kind);
      assert.ok(e.message.startsWith(message), e.message);
      assert.equal(e.transient, transient);
      assert.ok(e.message.includes(stderr.split('\n').filter(Boolean).at(-1)!.trim()), 'says what ssh said');
      if (/No .* host key is known/.test(stderr)) assert.match(e.message, /--host-key-policy accept-new/, 'and the fix');
    });
  }

  it("tells a lost master from a command's own exit 255", () => {
    assert.equal(lostConnection('', true), undefined);
    assert.equal(lostConnection('', false)?.kind, 'disconnected');
    assert.equal(lostConnection('Control socket connect(/tmp/wf-x/s): No such file or directory\r\n', true)?.kind, 'disconnected');
  });
});
