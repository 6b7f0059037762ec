import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseSshConfigFiles, type SshOverrides } from '../../../src/ssh/ssh-config-parser.js';
import { resolveWithSshG, resolvedFromOptions } from '../../../src/ssh/ssh-config.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-parser-'));
let written = 0;
/** A fresh file per config: the parser reads each path once per run. */
function configFile(text: string): string {
  const file = join(dir, `config-${++written}`);
  writeFileSync(file, text);
  return file;
}

/** The parser is sure, and says what ssh -G says. */
async function sameAsSsh(text: string, alias = 'h', over: SshOverrides = {}) {
  const file = configFile(text);
  const parsed = parseSshConfigFiles(alias, over, file);
  assert.equal(parsed.certain, true, parsed.uncertain);
  assert.equal(parsed.badOption, undefined);
  const ssh = await resolveWithSshG(alias, over, { configFile: file });
  assert.deepEqual(resolvedFromOptions(alias, parsed.options), ssh, text);
  return ssh;
}

/** Whether ssh -G stops at a keyword it does not know. */
async function sshRefuses(file: string, alias = 'h'): Promise<boolean> {
  return resolveWithSshG(alias, {}, { configFile: file }).then(
    () => false,
    (err: Error) => /Bad configuration option/.test(err.message),
  );
}

let home: string | undefined;
before(() => {
  home = process.env.HOME;
  // ssh's Include expands ~ from $HOME: keep the tests off the real ~/.ssh.
  process.env.HOME = dir;
});
after(() => {
  process.env.HOME = home;
  rmSync(dir, { recursive: true, force: true });
});

describe('ssh_config as ssh reads it', () => {
  it('drops trailing comments, as ssh does', async () => {
    const r = await sameAsSsh('Host box\n  User bob # me\n  Port 2222 # ssh\n  HostName example.org # the box\n', 'box');
    assert.deepEqual([r.user, r.port, r.hostname], ['bob', 2222, 'example.org']);
  });

  it('matches Host patterns against the alias as typed (case-sensitive)', async () => {
    const text = 'Host Web1\n  User upper\nHost web*\n  User lower\n';
    assert.equal((await sameAsSsh(text, 'web1')).user, 'lower');
    assert.equal((await sameAsSsh(text, 'Web1')).user, 'upper');
  });

  it("takes Debian's and upstream's other names for the keys it reads", async () => {
    const r = await sameAsSsh('Host h\n  SetupTimeOut 7\n  IdentityFile2 ~/.ssh/other\n');
    assert.equal(r.serverAliveIntervalSeconds, 7);
    assert.match(r.identityFiles[0]!, /\.ssh\/other$/);
    assert.equal((await sameAsSsh('ProtocolKeepAlives 9\n')).serverAliveIntervalSeconds, 9);
  });

  it("keeps alive every 300 s in BatchMode, as Debian's ssh does, and says the answer is Debian's", async () => {
    const text = 'Host h\n  BatchMode yes\n';
    assert.equal((await sameAsSsh(text)).serverAliveIntervalSeconds, 300);
    assert.equal(parseSshConfigFiles('h', {}, configFile(text)).debianOnly, 'BatchMode yes without ServerAliveInterval');
    assert.equal((await sameAsSsh('Host h\n  BatchMode yes\n  ServerAliveInterval 20\n')).serverAliveIntervalSeconds, 20);
  });

  it('lists an IdentityFile once, and takes the first of ProxyCommand and ProxyJump', async () => {
    const ids = await sameAsSsh('Host h\n  IdentityFile ~/.ssh/a\nHost *\n  IdentityFile ~/.ssh/a\n  IdentityFile ~/.ssh/b\n');
    assert.equal(ids.identityFiles.length, 2);
    const jump = await sameAsSsh('Host h\n  ProxyJump j1\nHost *\n  ProxyCommand nc %h %p\n');
    assert.deepEqual([jump.proxyJump, jump.proxyCommand], [['j1'], undefined]);
    const command = await sameAsSsh('Host h\n  ProxyCommand nc %h %p # kept\nHost *\n  ProxyJump j1\n');
    assert.deepEqual([command.proxyJump, command.proxyCommand], [[], 'nc %h %p # kept']);
    const inventory = await sameAsSsh('Host h\n  ProxyCommand nc %h %p\n', 'h', { proxyJump: 'ops@10.1.2.3:2222' });
    assert.deepEqual([inventory.proxyJump, inventory.proxyCommand], [['ops@[10.1.2.3]:2222'], undefined]);
  });

  it('follows Include as ssh globs it: under ~/.ssh from $HOME, * skipping dot files', async () => {
    mkdirSync(join(dir, '.ssh', 'conf.d'), { recursive: true });
    writeFileSync(join(dir, '.ssh', 'conf.d', '.hidden.conf'), 'User hidden\n');
    writeFileSync(join(dir, '.ssh', 'conf.d', 'b.conf'), 'Host h\n  User from-b\n');
    writeFileSync(join(dir, '.ssh', 'conf.d', 'a.conf'), 'Host h\n  Port 2201\n');
    const r = await sameAsSsh('Include conf.d/*\nHost *\n  User fallback\n');
    assert.deepEqual([r.user, r.port], ['from-b', 2201]);
  });

  it('leaves to ssh -G what it cannot be sure of', () => {
    for (const text of [
      'Host h\n  ProxyJump h\n',
      'Host h\n  HostName ::1\n',
      'Host h\n  Port 22 # "odd\n  User "a\n',
      'Include conf.d/[ab].conf\n',
      'Host h\n  CanonicalizePermittedCNAMEs *.a:*.b\n',
      'Host other\n  RemoteForward ${WEZFLEET_UNSET}/a.sock /tmp/b.sock\n',
    ]) {
      assert.equal(parseSshConfigFiles('h', {}, configFile(text)).certain, false, text);
    }
  });
});

describe('options ssh does not know', () => {
  it('are an error naming the file and the line, as in ssh', async () => {
    const file = configFile('Host *\n  UseKeychain yes\n  AddKeysToAgent yes\n');
    const parsed = parseSshConfigFiles('h', {}, file);
    assert.deepEqual(parsed.badOption, { file, line: 2, keyword: 'UseKeychain' });
    assert.equal(await sshRefuses(file), true);
  });

  it('pass where an IgnoreUnknown read before them covers them, as in ssh', async () => {
    const included = configFile('UseKeychain yes\n');
    const cases: [string, boolean][] = [
      ['IgnoreUnknown UseKeychain\nHost *\n  UseKeychain yes\n', false],
      ['Host *\n  IgnoreUnknown AddKeysToAgent,UseKeychain\n  UseKeychain yes\n', false],
      ['IgnoreUnknown usekey*\nUseKeychain yes\n', false],
      ['UseKeychain yes\nIgnoreUnknown UseKeychain\n', true],
      ['Host other\n  IgnoreUnknown UseKeychain\nHost *\n  UseKeychain yes\n', true],
      ['Host other\n  UseKeychain yes\n', true],
      ['IgnoreUnknown Foo\nIgnoreUnknown UseKeychain\nUseKeychain yes\n', true],
      ['IgnoreUnknown !UseKeychain,*\nUseKeychain yes\n', true],
      [`Host other\n  Include ${included}\n`, true],
      ['RSAAuthentication no\nUseRoaming no\nProtocol 2\nUseBlacklistedKeys no\nGSSAPIKeyExchange no\n', false],
    ];
    for (const [text, bad] of cases) {
      const file = configFile(text);
      assert.equal(parseSshConfigFiles('h', {}, file).badOption !== undefined, bad, text);
      assert.equal(await sshRefuses(file), bad, `ssh -G: ${text}`);
    }
  });
});
