import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  checkHostKey,
  entryMatches,
  fingerprint,
  knownHostName,
  knownHostsLine,
  parseKnownHosts,
  preferredHostKeyAlgorithms,
} from '../../../src/ssh/known-hosts.js';

let dir: string;
const keys: Record<string, { type: string; b64: string; blob: Buffer }> = {};
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wezfleet-kh-'));
  for (const [name, type] of [
    ['a', 'ed25519'],
    ['b', 'ed25519'],
    ['r', 'rsa'],
  ] as const) {
    execFileSync('ssh-keygen', ['-q', '-t', type, ...(type === 'rsa' ? ['-b', '2048'] : []), '-N', '', '-f', join(dir, name)]);
    const [t, b64] = readFileSync(join(dir, `${name}.pub`), 'utf8').split(' ');
    keys[name] = { type: t!, b64: b64!, blob: Buffer.from(b64!, 'base64') };
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

const line = (hosts: string, k: string, marker = '') => `${marker}${hosts} ${keys[k]!.type} ${keys[k]!.b64}`;

describe('known_hosts matching', () => {
  it('names non-standard ports as [host]:port', () => {
    assert.equal(knownHostName('Web1.Example', 22), 'web1.example');
    assert.equal(knownHostName('10.0.0.1', 2222), '[10.0.0.1]:2222');
  });

  it('matches plain names, lists, wildcards and ports, and honours negation', () => {
    const [plain, wild, neg, port] = parseKnownHosts(
      [line('web1,10.0.0.1', 'a'), line('*.prod.example', 'a'), line('*.example,!db.example', 'a'), line('[10.0.0.1]:2222', 'a')].join(
        '\n',
      ),
      'kh',
    );
    assert.ok(entryMatches(plain!, '10.0.0.1'));
    assert.ok(!entryMatches(plain!, '10.0.0.11'));
    assert.ok(entryMatches(wild!, 'gpu1.prod.example'));
    assert.ok(!entryMatches(wild!, 'prod.example'));
    assert.ok(entryMatches(neg!, 'web.example'));
    assert.ok(!entryMatches(neg!, 'db.example'));
    assert.ok(entryMatches(port!, '[10.0.0.1]:2222'));
    assert.ok(!entryMatches(port!, '10.0.0.1'));
  });

  it('matches hashed entries exactly as ssh-keygen hashes them', () => {
    const file = join(dir, 'hashed');
    writeFileSync(file, `${line('gpu-7.internal', 'a')}\n${line('[10.1.2.3]:2200', 'b')}\n`);
    execFileSync('ssh-keygen', ['-q', '-H', '-f', file]);
    const entries = parseKnownHosts(readFileSync(file, 'utf8'), file);
    assert.ok(entries.every((e) => e.hosts.startsWith('|1|')));
    assert.equal(checkHostKey(entries, 'gpu-7.internal', keys.a!.blob).result, 'known');
    assert.equal(checkHostKey(entries, '[10.1.2.3]:2200', keys.b!.blob).result, 'known');
    assert.equal(checkHostKey(entries, 'gpu-8.internal', keys.a!.blob).result, 'unknown');
  });

  it('writes hashed lines that ssh-keygen -F finds', () => {
    const file = join(dir, 'written');
    writeFileSync(file, knownHostsLine('[127.0.0.9]:2222', keys.a!.blob, true));
    const out = execFileSync('ssh-keygen', ['-F', '[127.0.0.9]:2222', '-f', file], { encoding: 'utf8' });
    assert.match(out, /Host \[127\.0\.0\.9\]:2222 found/);
  });

  it('tells known, changed, other key types, revoked and unknown apart', () => {
    const entries = parseKnownHosts([line('h1', 'a'), line('h2', 'r'), line('*', 'b', '@revoked ')].join('\n'), 'kh');
    assert.equal(checkHostKey(entries, 'h1', keys.a!.blob).result, 'known');
    const changed = checkHostKey(entries, 'h1', Buffer.from(keys.a!.blob.toString('base64').replace(/.{4}$/, 'AAAA'), 'base64'));
    assert.equal(changed.result, 'changed');
    assert.equal(checkHostKey(entries, 'h2', keys.a!.blob).result, 'other-types');
    assert.equal(checkHostKey(entries, 'h1', keys.b!.blob).result, 'revoked');
    assert.equal(checkHostKey(entries, 'h3', keys.a!.blob).result, 'unknown');
  });

  it("offers the host's known key types first", () => {
    const entries = parseKnownHosts(line('h2', 'r'), 'kh');
    assert.deepEqual(preferredHostKeyAlgorithms(entries, 'h2').slice(0, 3), ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa']);
    assert.equal(preferredHostKeyAlgorithms(entries, 'other')[0], 'ssh-ed25519');
  });

  it('prints fingerprints as ssh-keygen does', () => {
    const out = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(dir, 'a.pub')], { encoding: 'utf8' });
    assert.ok(out.includes(fingerprint(keys.a!.blob)));
  });
});

describe('KnownHostsStore.entriesNaming', () => {
  it('finds exactly the lines that name a host, in file order, plain names from an index and the rest one by one', async () => {
    const { KnownHostsStore } = await import('../../../src/ssh/host-key-policy.js');
    const a = keys.a!;
    const b = keys.b!;
    const file = join(dir, 'indexed_known_hosts');
    writeFileSync(
      file,
      [
        `web1,Web2 ${a.type} ${a.b64}`,
        `*.example.org,!bad.example.org ${a.type} ${a.b64}`,
        knownHostsLine('web1', b.blob, true).trim(),
        `@revoked web2 ${b.type} ${b.b64}`,
        `[web1]:2222 ${b.type} ${b.b64}`,
        `web? ${b.type} ${b.b64}`,
        `WEB1 ${b.type} ${b.b64}`,
      ].join('\n'),
    );
    const all = parseKnownHosts(readFileSync(file, 'utf8'), file);
    const store = new KnownHostsStore();
    for (const name of ['web1', 'web2', 'web3', 'a.example.org', 'bad.example.org', '[web1]:2222', 'nothere']) {
      const want = all.filter((e) => entryMatches(e, name)).map((e) => e.line);
      assert.deepEqual(
        store.entriesNaming([file], name).map((e) => e.line),
        want,
        name,
      );
    }
    assert.deepEqual(
      store.entriesNaming([file], 'web1').map((e) => e.line),
      [1, 3, 6, 7],
      'a brute-force filter that matched nothing would pass the loop above',
    );
  });
});
