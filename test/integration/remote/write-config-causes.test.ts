/**
 * A write that cannot be made says why, in the host's own terms: a full disk, a read-only file
 * system, a missing folder are each named with their fix, through write-config.sh as it runs on a
 * host (here on a small tmpfs), and nothing is left behind.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HostStepError, Refusal } from '../../../src/core/errors.js';
import { planHost } from '../../../src/host/plan-host.js';
import { runOptions } from '../../helpers/run-options.js';
import { sha256 } from '../../../src/remote/read-config.js';
import { backupPathFor, writeConfig } from '../../../src/remote/write-config.js';
import { LocalTransport } from '../../../src/transport/local.js';
import { remoteLibrary } from '../../../src/remote/run-script.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-disk-'));
const t = new LocalTransport();
const o = { timeoutMs: 10_000 };
const old = 'return { font_size = 11 }\n';

before(() => execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]));
after(() => {
  execFileSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
});

/** A write of `bytes` over `path` (which holds `old`), as apply sends it. */
function write(path: string, bytes: Buffer) {
  return writeConfig(
    t,
    { path, realPath: path, expectedSha256: sha256(old), content: bytes, keepBackups: 5, backupPath: backupPathFor(path, new Date()) },
    o,
  );
}

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => assert.fail('the write went through'),
    (e: unknown) => (assert.ok(e instanceof HostStepError, String(e)), e.message),
  );

describe('a write that cannot be made names its cause', () => {
  it('a full disk: ENOSPC, not a cut connection; the old file stays, no temp file', async () => {
    const path = join(dir, 'wezterm.lua');
    writeFileSync(path, old);
    // Fill what is left.
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${join(dir, 'fill')}`, 'bs=4k'], { stdio: 'ignore' });
    } catch {
      /* dd ends at the full disk */
    }
    const why = await failureOf(write(path, Buffer.from(`${old}-- ${'x'.repeat(64 * 1024)}\n`)));
    assert.match(why, /the disk is full \(ENOSPC\): free space on it, then run wezfleet again; nothing was written$/);
    assert.equal(readFileSync(path, 'utf8'), old);
    assert.deepEqual(readdirSync(dir).sort(), ['fill', 'wezterm.lua']);
    rmSync(join(dir, 'fill'));
  });

  it('a read-only file system: EROFS', async () => {
    const path = join(dir, 'wezterm.lua');
    writeFileSync(path, old);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    try {
      const why = await failureOf(write(path, Buffer.from(`${old}-- new\n`)));
      assert.match(why, /the file system is read-only \(EROFS\)/);
      assert.equal(readFileSync(path, 'utf8'), old);
      // The plan sees it first, as root: not a matter of permissions or sudo.
      await assert.rejects(planHost(t, { name: 'h' }, runOptions({ ram: 64, config: path })), (e: unknown) => {
        assert.ok(e instanceof Refusal);
        assert.match(e.reason, /cannot be written even by root: a read-only file system \(EROFS\)/);
        return true;
      });
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', dir]);
    }
  });

  it('a missing folder: ENOENT', async () => {
    const path = join(dir, 'gone', 'wezterm.lua');
    const why = await failureOf(
      writeConfig(
        t,
        { path, realPath: path, content: Buffer.from(old), keepBackups: 5, backupPath: backupPathFor(path, new Date(), { absent: true }) },
        o,
      ),
    );
    assert.match(why, /the folder does not exist \(ENOENT\)/);
  });
});

describe('io_why: the messages of dash, bash, GNU dd and BusyBox', () => {
  const why = (message: string) =>
    execFileSync('dash', ['-c', `${remoteLibrary(['records'])}\nio_why "$1"; printf '%s' "$why"`, 'sh', message]).toString();
  for (const [message, named] of [
    ["dd: error writing '/proc/self/fd/7': No space left on device", 'ENOSPC'],
    ['sh: 1: cannot create /h/.x: Disk quota exceeded', 'EDQUOT'],
    ['/bin/sh: line 1: /h/.x: Read-only file system', 'EROFS'],
    ['sh: 1: cannot create /h/.x: Permission denied', 'EACCES'],
    ["mv: cannot move '/h/.x' to '/h/y': Operation not permitted", 'EACCES'],
    ['sh: 1: cannot create /h/gone/.x: Directory nonexistent', 'ENOENT'],
    ['/bin/sh: /h/gone/.x: No such file or directory', 'ENOENT'],
  ] as const) {
    it(`names ${named} in "${message}"`, () => assert.match(why(message), new RegExp(`\\(${named}\\)`)));
  }
  it('passes any other message on as its last part', () => assert.equal(why('dd: writing: Input/output error'), 'Input/output error'));
});
