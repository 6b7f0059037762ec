import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isKnownKeyword, KEYWORDS_CLIENT, knownKeywords, takesArgCount } from '../../../src/ssh/ssh-keywords.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-keywords-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** ssh -G over one line per keyword: the keywords it calls bad. Values are nonsense; ssh stops before connecting. */
function refusedBySsh(keywords: string[]): Set<string> {
  const file = join(dir, 'config');
  writeFileSync(file, keywords.map((k) => `${k} x\n`).join(''));
  const run = spawnSync('ssh', ['-G', '-F', file, '--', 'h'], { encoding: 'utf8' });
  assert.equal(run.error, undefined, 'ssh must be installed: the keyword table is checked against it');
  return new Set([...run.stderr.matchAll(/Bad configuration option: (\S+)/g)].map((m) => m[1]!));
}

describe("the keyword table is the installed ssh's", () => {
  it('is for the installed client', () => {
    const version = spawnSync('ssh', ['-V'], { encoding: 'utf8' });
    assert.equal(version.error, undefined, 'ssh must be installed: the keyword table is checked against it');
    assert.match(
      version.stderr,
      KEYWORDS_CLIENT,
      'the table in src/ssh/ssh-keywords.ts is from another OpenSSH: update it from this one readconf.c, then KEYWORDS_CLIENT',
    );
  });

  it('holds every keyword ssh knows, and none it does not', () => {
    const known = knownKeywords();
    assert.equal(known.length, 131);
    assert.deepEqual([...refusedBySsh(known)], []);
    // Other clients' keywords: macOS's, newer OpenSSH's, sshd's.
    const foreign = [
      'usekeychain',
      'channeltimeout',
      'obscurekeystroketiming',
      'tag',
      'refuseconnection',
      'permitrootlogin',
      'versionaddendum',
    ];
    assert.deepEqual([...refusedBySsh(foreign)].sort(), [...foreign].sort());
    for (const k of foreign) assert.equal(isKnownKeyword(k), false, k);
  });

  it('knows how many arguments ssh takes', () => {
    assert.equal(takesArgCount('user', 1), true);
    assert.equal(takesArgCount('user', 2), false);
    assert.equal(takesArgCount('user', 0), false);
    assert.equal(takesArgCount('sendenv', 3), true);
    assert.equal(takesArgCount('localforward', 1), false);
    assert.equal(takesArgCount('remoteforward', 1), true);
    assert.equal(takesArgCount('proxycommand', 5), true);
    assert.equal(takesArgCount('cipher', 3), true);
  });
});
