import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readProxyJump, readValue } from '../../../src/ssh/ssh-config-values.js';
import { parseSshConfigFiles } from '../../../src/ssh/ssh-config-parser.js';
import { resolveWithSshG, resolvedFromOptions } from '../../../src/ssh/ssh-config.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-values-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ssh_config values as ssh -G prints them', () => {
  it('reads flags, times, counts and names as readconf.c does', () => {
    const value = (key: string, v: string) => {
      const r = readValue(key, [v], v);
      return 'value' in r ? r.value : undefined;
    };
    assert.equal(value('identitiesonly', 'True'), 'yes');
    assert.equal(value('hashknownhosts', 'FALSE'), 'no');
    assert.equal(value('identitiesonly', 'maybe'), undefined);
    assert.equal(value('connecttimeout', '1m30s'), '90');
    assert.equal(value('serveraliveinterval', '2H'), '7200');
    assert.equal(value('serveraliveinterval', '-1'), undefined);
    assert.equal(value('connecttimeout', 'none'), undefined);
    assert.equal(value('port', '022'), '22');
    assert.equal(value('port', '0'), undefined);
    assert.equal(value('port', 'ssh'), undefined);
    assert.equal(value('serveralivecountmax', '010'), '10');
    assert.equal(value('hostkeyalias', 'MyBox'), 'mybox');
    assert.equal(value('identityfile', '~/.ssh/id_%h'), '~/.ssh/id_%h');
    assert.equal(value('identityfile', '~/.ssh/id_%C'), undefined);
    assert.equal(value('identityfile', '${HOME}/k'), undefined);
    assert.equal(value('identityfile', '~other/k'), undefined);
    assert.equal(value('hostname', '%h.example.org'), '%h.example.org');
    assert.equal(value('hostname', 'box%'), undefined);
  });

  it('reads ProxyJump as parse_jump does, the last hop rebuilt', () => {
    const jump = (v: string) => {
      const r = readProxyJump(v);
      return 'value' in r ? r.value : undefined;
    };
    assert.equal(jump('bastion # via the bastion'), 'bastion');
    assert.equal(jump('a,ops@10.0.0.1:0022'), 'a,ops@[10.0.0.1]:22');
    assert.equal(jump('none'), 'none');
    assert.equal(jump('a,b # c,d'), undefined);
    assert.equal(jump('none # direct'), undefined);
    assert.equal(jump('ssh://ops@b:22'), undefined);
    assert.equal(jump('b:0'), undefined);
  });

  it('agrees with ssh -G on every spelling it is sure of', async () => {
    const lines = [
      'IdentitiesOnly True',
      'HashKnownHosts FALSE',
      'ConnectTimeout 1m30s',
      'ServerAliveInterval 2H',
      'ServerAliveCountMax 010',
      'Port 022',
      'HostKeyAlias MyBox',
      'HostName MyBox.Example.ORG',
      'HostName 10.0.0.1',
      'HostName %h.example.org',
      'ProxyJump bastion # via the bastion',
      'ProxyJump a,ops@10.0.0.1:0022',
      'ProxyJump none',
      'ProxyCommand nc %h %p # "kept',
      'ProxyCommand none',
      'UserKnownHostsFile None',
      'UserKnownHostsFile ~/kh1 /tmp/kh_%h_%p',
      'GlobalKnownHostsFile none',
      'IdentityFile ~/.ssh/id_%r@%h',
      'IdentityAgent none',
      'IdentityAgent ~/.agent.sock',
    ];
    for (const [i, line] of lines.entries()) {
      const file = join(dir, `value-${i}`);
      writeFileSync(file, `Host h\n  ${line}\n`);
      const parsed = parseSshConfigFiles('h', {}, file);
      assert.equal(parsed.certain, true, `${line}: ${parsed.uncertain}`);
      assert.deepEqual(resolvedFromOptions('h', parsed.options), await resolveWithSshG('h', {}, { configFile: file }), line);
    }
  });
});
