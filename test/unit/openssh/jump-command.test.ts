import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { jumpProxyCommand } from '../../../src/openssh/jump-command.js';
import { hostKeyArgs, masterArgs } from '../../../src/openssh/ssh-args.js';

const options = {
  configArgs: ['-F', '/cfg dir/config'],
  hostKeyArgs: (files: readonly string[]) => hostKeyArgs({ policy: 'off', knownHostsFiles: files, runKnownHosts: '/run/kh' }),
  connectTimeoutS: 7,
  interactive: false,
};

/** What ssh does with a ProxyCommand: expands %h, %p and %% once, then runs it with sh. Here `ssh` prints its argv. */
function runAsSsh(command: string, host: string, port: number): string[] {
  const expanded = command.replace(/%(.)/g, (all, c: string) => ({ h: host, p: String(port), '%': '%' })[c] ?? all);
  const out = execFileSync('sh', ['-c', `ssh() { printf '%s\\0' "$@"; }; ${expanded}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

const after = (argv: string[], flag: string) => argv[argv.indexOf(flag) + 1];

describe('jumpProxyCommand', () => {
  it('has none without hops', () => {
    assert.equal(jumpProxyCommand([], options), undefined);
  });

  it('reaches the target through each hop in turn, every hop under the policy', () => {
    const command = jumpProxyCommand(
      [
        { host: 'j1', user: 'ops', port: 2200, knownHostsFiles: ['/kh/one'] },
        { host: 'j2', knownHostsFiles: ['/kh/two'] },
      ],
      options,
    )!;
    // The target's ssh runs the command: it is the last hop's ssh, forwarding to the target.
    const last = runAsSsh(command, 'gpu-01', 22);
    assert.deepEqual(last.slice(0, 2), ['-F', '/cfg dir/config']);
    assert.equal(after(last, '-W'), '[gpu-01]:22');
    assert.deepEqual(last.slice(-2), ['--', 'j2']);
    assert.ok(last.includes('UserKnownHostsFile=/run/kh /kh/two') && last.includes('StrictHostKeyChecking=accept-new'));
    assert.ok(last.includes('BatchMode=yes') && last.includes('ConnectTimeout=7'));
    // j2's ssh runs its own ProxyCommand with its own host: the first hop, forwarding to j2.
    const inner = last.find((a) => a.startsWith('ProxyCommand='))!.slice('ProxyCommand='.length);
    const first = runAsSsh(inner, 'j2', 22);
    assert.equal(after(first, '-W'), '[j2]:22');
    assert.equal(after(first, '-l'), 'ops');
    assert.equal(after(first, '-p'), '2200');
    assert.deepEqual(first.slice(-2), ['--', 'j1']);
    assert.ok(first.includes('UserKnownHostsFile=/run/kh /kh/one'));
    assert.ok(!first.some((a) => a.startsWith('ProxyCommand=')));
  });

  it('replaces -J in the master, so a jump is never reached by ssh alone', () => {
    const argv = masterArgs(
      { alias: 'p1', overrides: { proxyJump: 'j1' } },
      {
        socket: '/s',
        policy: 'strict',
        knownHostsFiles: [],
        runKnownHosts: '/run/kh',
        connectTimeoutS: 5,
        keepaliveS: 15,
        interactive: false,
        jumps: [{ host: 'j1', knownHostsFiles: [] }],
      },
    );
    assert.ok(!argv.includes('-J'));
    const proxy = argv.find((a) => a.startsWith('ProxyCommand='))!;
    assert.match(proxy, /StrictHostKeyChecking=yes/);
  });
});
