import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandArgs, hostKeyArgs, masterArgs } from '../../../src/openssh/ssh-args.js';

const target = {
  alias: 'gpu-01',
  overrides: { user: 'ops', port: 2222, identityFile: '/keys/my key', proxyJump: 'bastion' },
  configFile: '/cfg',
};
const options = {
  socket: '/tmp/wf-x/s',
  policy: 'strict' as const,
  knownHostsFiles: ['/kh'],
  runKnownHosts: '/tmp/wf-x/known_hosts',
  connectTimeoutS: 10,
  keepaliveS: 15,
  interactive: false,
};

describe('the system ssh, as wezfleet starts it', () => {
  it("gives the inventory's values as ssh's own flags, never prompts, and ends options before the alias", () => {
    const argv = masterArgs(target, options);
    assert.deepEqual(argv.slice(0, 10), ['-F', '/cfg', '-l', 'ops', '-p', '2222', '-o', 'IdentityFile="/keys/my key"', '-J', 'bastion']);
    assert.ok(argv.includes('BatchMode=yes'));
    assert.deepEqual(argv.slice(-2), ['--', 'gpu-01']);
    assert.ok(argv.includes('-M') && argv.includes('-N'));
    assert.ok(masterArgs(target, { ...options, interactive: true }).includes('BatchMode=no'), 'asks only where there is a terminal');
  });

  it('maps each --host-key-policy to StrictHostKeyChecking, off never writing the real known_hosts', () => {
    assert.deepEqual(hostKeyArgs({ ...options, policy: 'strict' }), ['-o', 'StrictHostKeyChecking=yes']);
    assert.deepEqual(hostKeyArgs({ ...options, policy: 'accept-new' }), ['-o', 'StrictHostKeyChecking=accept-new']);
    const off = hostKeyArgs({ ...options, policy: 'off', knownHostsFiles: ['/home/a b/kh', '/kh2'] });
    assert.deepEqual(off, ['-o', 'StrictHostKeyChecking=accept-new', '-o', 'UserKnownHostsFile=/tmp/wf-x/known_hosts "/home/a b/kh" /kh2']);
  });

  it('runs commands only through the master: no fallback connection, the command one argument', () => {
    const argv = commandArgs(target, '/tmp/wf-x/s', "sh -c 'echo hi'");
    assert.ok(argv.includes('ControlMaster=no') && argv.includes('ProxyCommand=false'));
    assert.ok(!argv.includes('-J'), 'a mux client with -J and ProxyCommand would be refused');
    assert.deepEqual(argv.slice(-3), ['--', 'gpu-01', "sh -c 'echo hi'"]);
  });
});
