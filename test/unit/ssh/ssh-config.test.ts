import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseHop } from '../../../src/ssh/connect.js';
import { parseSshConfigFiles } from '../../../src/ssh/ssh-config-parser.js';
import { answerFrom, expandSshPath, resolveSsh, resolveWithSshG, resolvedFromOptions } from '../../../src/ssh/ssh-config.js';
import { Refusal } from '../../../src/core/errors.js';

let dir: string;
let config: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wezfleet-sshcfg-'));
  mkdirSync(join(dir, 'conf.d'));
  config = join(dir, 'config');
  writeFileSync(join(dir, 'conf.d', 'gpu.conf'), 'Host gpu-*\n  User agent\n  Port 2200\n');
  writeFileSync(
    config,
    `Include ${join(dir, 'conf.d')}/*.conf
Host web* !web-legacy
  User deploy
  IdentityFile ${dir}/id_%h
  IdentitiesOnly yes
  ProxyJump bastion
Host bastion
  HostName 10.9.9.9
  UserKnownHostsFile ${dir}/kh1 ${dir}/kh2
Host *
  User fallback
  HashKnownHosts yes
`,
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ssh config resolution', () => {
  for (const engine of ['ssh -G', 'fallback parser'] as const) {
    const resolve = async (alias: string, over = {}) =>
      engine === 'ssh -G'
        ? resolveSsh(alias, over, { configFile: config })
        : resolvedFromOptions(alias, parseSshConfigFiles(alias, over, config).options);

    it(`${engine}: first match wins, Include and wildcards apply, %h expands`, async () => {
      const web = await resolve('web1');
      assert.equal(web.user, 'deploy');
      assert.equal(web.hostname, 'web1');
      assert.deepEqual(web.proxyJump, ['bastion']);
      assert.equal(web.identitiesOnly, true);
      assert.equal(web.identityFiles[0], `${dir}/id_web1`);
      assert.equal(web.hashKnownHosts, true);
      const gpu = await resolve('gpu-3');
      assert.deepEqual([gpu.user, gpu.port], ['agent', 2200]);
    });

    it(`${engine}: negation and known-hosts files`, async () => {
      const legacy = await resolve('web-legacy');
      assert.equal(legacy.user, 'fallback');
      assert.deepEqual(legacy.proxyJump, []);
      const bastion = await resolve('bastion');
      assert.equal(bastion.hostname, '10.9.9.9');
      assert.deepEqual(bastion.userKnownHostsFiles, [`${dir}/kh1`, `${dir}/kh2`]);
    });

    it(`${engine}: inventory values win over the config, as ssh's flags do`, async () => {
      const r = await resolve('gpu-1', { user: 'ops', port: 22, proxyJump: 'j1,j2' });
      assert.deepEqual([r.user, r.port, r.proxyJump], ['ops', 22, ['j1', 'j2']]);
    });
  }

  it('answers as ssh -G does, without a process, where the config holds nothing only ssh can evaluate', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['web1', {}],
      ['WEB-legacy', {}],
      ['bastion', {}],
      ['gpu-7', { user: 'ops', port: 2222 }],
      ['Other.Host', { identityFile: `${dir}/k`, proxyJump: 'j1' }],
    ];
    for (const [alias, over] of cases) {
      const parsed = parseSshConfigFiles(alias, over, config);
      assert.equal(parsed.certain, true, parsed.uncertain);
      assert.deepEqual(resolvedFromOptions(alias, parsed.options), await resolveWithSshG(alias, over, { configFile: config }), alias);
    }
    // The system's own files (no -F): Debian's ssh_config includes ssh_config.d and sets HashKnownHosts.
    const system = parseSshConfigFiles('somehost', {});
    if (system.certain) assert.deepEqual(resolvedFromOptions('somehost', system.options), await resolveWithSshG('somehost', {}, {}));
  });

  it('leaves to ssh -G what only ssh can evaluate', () => {
    for (const [name, text] of [
      ['match', 'Match host web* exec "true"\n  User x\n'],
      ['canon', 'CanonicalizeHostname yes\n'],
      ['tokens', 'Host *\n  HostName %C.example\n'],
      ['env', 'Host *\n  IdentityFile ${HOME}/.ssh/k\n'],
    ]) {
      const file = join(dir, `uncertain-${name}`);
      writeFileSync(file, text!);
      assert.equal(parseSshConfigFiles('h', {}, file).certain, false, name);
    }
  });

  it('expands tokens and ~', () => {
    const home = userInfo().homedir;
    assert.equal(expandSshPath('~/.ssh/id_%r@%h:%p%%', { host: 'h', user: 'u', port: 22, alias: 'a' }), `${home}/.ssh/id_u@h:22%`);
  });

  it('reads ProxyJump hops', () => {
    assert.deepEqual(parseHop('ops@bastion:2222'), { user: 'ops', host: 'bastion', port: 2222 });
    assert.deepEqual(parseHop('[fe80::1]:22'), { host: 'fe80::1', port: 22 });
    assert.deepEqual(parseHop('jump'), { host: 'jump' });
  });

  it('never lets an alias become an ssh option', async () => {
    await assert.rejects(
      resolveSsh('-oProxyCommand=touch /tmp/wezfleet-pwned', {}, { configFile: config }),
      /hostname contains invalid characters/,
    );
    assert.equal(existsSync('/tmp/wezfleet-pwned'), false);
  });

  it('refuses a host whose ssh_config has an option ssh does not know, naming the line and the fix', async () => {
    const file = join(dir, 'keychain');
    writeFileSync(file, 'Host *\n  UseKeychain yes\n');
    await assert.rejects(resolveSsh('web1', {}, { configFile: file }), (err: unknown) => {
      assert.ok(err instanceof Refusal);
      assert.equal(err.reason, `ssh web1: ${file} line 2: Bad configuration option: usekeychain`);
      assert.match(err.fix, /add "IgnoreUnknown UseKeychain" on a line before it/);
      return true;
    });
    // Where only ssh can tell (a Match), its own error comes back, with the host and the fix.
    const match = join(dir, 'keychain-match');
    writeFileSync(match, 'Match user nobody\n  User x\nHost *\n  UseKeychain yes\n');
    await assert.rejects(resolveSsh('web1', {}, { configFile: match }), (err: unknown) => {
      assert.ok(err instanceof Refusal);
      assert.match(err.reason, new RegExp(`^ssh -G web1: ${match}: line 4: Bad configuration option: usekeychain`));
      assert.doesNotMatch(err.reason, /\r/);
      assert.match(err.fix, /add "IgnoreUnknown usekeychain" on a line before it/);
      return true;
    });
  });

  it("refuses by its own table only where the installed ssh is the table's, else asks ssh -G", () => {
    const options = new Map<string, string[]>();
    const badOption = { file: 'f', line: 1, keyword: 'UseKeychain' };
    const debian = 'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.22 25 Aug 2026';
    const mac = 'OpenSSH_9.8p1, LibreSSL 3.3.6';
    assert.equal(answerFrom({ options, certain: true, badOption }, debian), 'refuse');
    assert.equal(answerFrom({ options, certain: true, badOption }, undefined), 'refuse');
    assert.equal(answerFrom({ options, certain: true, badOption }, mac), 'ssh -G');
    assert.equal(answerFrom({ options, certain: false, badOption }, debian), 'ssh -G');
    assert.equal(answerFrom({ options, certain: false }, mac), 'ssh -G');
    assert.equal(answerFrom({ options, certain: false }, undefined), 'parser');
    assert.equal(answerFrom({ options, certain: true }, mac), 'parser');
    // Debian's BatchMode keep-alive: the parser's answer on Debian, ssh -G's elsewhere.
    const batch = { options, certain: true, debianOnly: 'BatchMode yes without ServerAliveInterval' };
    assert.equal(answerFrom(batch, debian), 'parser');
    assert.equal(answerFrom(batch, undefined), 'parser');
    assert.equal(answerFrom(batch, mac), 'ssh -G');
  });
});
