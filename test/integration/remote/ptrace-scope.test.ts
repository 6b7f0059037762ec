import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { shQuote } from '../../../src/core/quote.js';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { HostStepError } from '../../../src/core/errors.js';
import { ptraceScope } from '../../../src/remote/ptrace-scope.js';
import { LocalTransport } from '../../../src/transport/local.js';
import { scratchHome } from '../../helpers/cli.js';

// Yama is not in every kernel (not in this one): the same script runs against a plain file.
let h: ReturnType<typeof scratchHome>;
let t: LocalTransport;
let path: string;
let stateFile: string;
beforeEach(() => {
  h = scratchHome();
  t = new LocalTransport({ env: { PATH: process.env.PATH, HOME: h.home } });
  path = join(h.home, 'ptrace_scope');
  stateFile = join(h.home, 'rescue-ptrace-scope');
});
afterEach(() => h.cleanup());

const o = () => ({ timeoutMs: 10_000, path, stateFile });
const value = () => readFileSync(path, 'utf8').trim();

describe('ptrace_scope for a rescue', () => {
  it('without Yama: nothing to lower, nothing to restore', async () => {
    assert.deepEqual(await ptraceScope(t, 'lower', o()), { scope: 'absent' });
    assert.deepEqual(await ptraceScope(t, 'restore', o()), { scope: 'absent' });
    assert.equal(existsSync(path), false);
  });

  for (const before of [1, 2]) {
    it(`lowers ${before} to 0, saving ${before} first, and puts back ${before} (not 1, as the guide does)`, async () => {
      writeFileSync(path, `${before}\n`);
      assert.deepEqual(await ptraceScope(t, 'lower', o()), { scope: before, lowered: before });
      assert.equal(value(), '0');
      assert.equal(readFileSync(stateFile, 'utf8').trim(), String(before));
      assert.deepEqual(await ptraceScope(t, 'get', o()), { scope: 0, saved: before });
      assert.deepEqual(await ptraceScope(t, 'restore', o()), { scope: 0, saved: before, restored: before });
      assert.equal(value(), String(before));
      assert.equal(existsSync(stateFile), false);
    });
  }

  it('leaves 0 alone', async () => {
    writeFileSync(path, '0\n');
    assert.deepEqual(await ptraceScope(t, 'lower', o()), { scope: 0 });
    assert.deepEqual(await ptraceScope(t, 'restore', o()), { scope: 0 });
    assert.equal(value(), '0');
  });

  it('refuses 3, which cannot be lowered before a reboot, and changes nothing', async () => {
    writeFileSync(path, '3\n');
    await assert.rejects(
      ptraceScope(t, 'lower', o()),
      (e: unknown) => e instanceof HostStepError && /cannot be lowered before a reboot/.test(e.message),
    );
    assert.equal(value(), '3');
    assert.equal(existsSync(stateFile), false);
  });

  it('a second run (after a cut session) restores what the first one saved, and a re-lower keeps the first value', async () => {
    writeFileSync(path, '2\n');
    await ptraceScope(t, 'lower', o());
    // The first run died here. The second lowers again (already 0) and must still restore 2.
    assert.deepEqual(await ptraceScope(t, 'lower', o()), { scope: 0, saved: 2 });
    assert.deepEqual(await ptraceScope(t, 'restore', o()), { scope: 0, saved: 2, restored: 2 });
    assert.equal(value(), '2');
  });

  it('a restore waits for the moves that hold the rescue lock to end, and puts the value back after them', async () => {
    writeFileSync(path, '1\n');
    await ptraceScope(t, 'lower', o());
    const lock = join(h.home, 'wezfleet-rescue.lock');
    const marker = join(h.home, 'moves-ended');
    // The moves: hold the lock a moment, then mark that they ended (ptrace still lowered then).
    const moves = spawn('flock', [lock, 'sh', '-c', `sleep 0.5; cat ${shQuote(path)} > ${shQuote(marker)}`], { stdio: 'ignore' });
    const ended = new Promise((resolve) => moves.on('close', resolve));
    while (!existsSync(lock)) await sleep(10);
    await sleep(50);
    const r = await ptraceScope(t, 'restore', { ...o(), movesLock: lock, movesWaitMs: 10_000 });
    assert.equal(r.restored, 1);
    assert.equal(readFileSync(marker, 'utf8').trim(), '0', 'the moves ended before the restore, with ptrace still open to them');
    assert.equal(value(), '1');
    await ended;
  });

  it('a restore does not wait past its deadline for moves that never end, and says so', async () => {
    writeFileSync(path, '2\n');
    await ptraceScope(t, 'lower', o());
    const lock = join(h.home, 'wezfleet-rescue.lock');
    // Its own process group, so that ending it ends the sleep under flock too.
    const moves = spawn('flock', [lock, 'sleep', '30'], { stdio: 'ignore', detached: true });
    while (!existsSync(lock)) await sleep(10);
    await sleep(50);
    try {
      const r = await ptraceScope(t, 'restore', { ...o(), movesLock: lock, movesWaitMs: 1000 });
      assert.equal(r.restored, 2);
      assert.match(r.unwaited ?? '', /the moves still hold .*wezfleet-rescue\.lock after 1s/);
      assert.equal(value(), '2');
    } finally {
      process.kill(-moves.pid!, 'SIGTERM');
    }
  });
});

describe('the rescue script puts ptrace_scope back however it ends', () => {
  it('restores the saved value on its way out, even when it fails early', async () => {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const { runScript } = await import('../../../src/remote/run-script.js');
    // A PATH without tmux: the script stops at its first check, as a cut connection would stop it anywhere.
    const bin = join(h.home, 'bin');
    mkdirSync(bin);
    for (const tool of ['mkdir', 'flock', 'rm', 'sleep', 'cat', 'tr']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
    const runtime = join(h.home, 'run');
    mkdirSync(runtime);
    writeFileSync(path, '0\n');
    writeFileSync(stateFile, '2\n');
    const local = new LocalTransport({ env: { PATH: bin, HOME: h.home, XDG_RUNTIME_DIR: runtime } });
    await assert.rejects(
      runScript(local, 'rescue-steal', ['rescue', '10', path, stateFile, 'wezfleet-rescue.lock'], { timeoutMs: 10_000 }),
      /reptyr and tmux are needed/,
    );
    assert.equal(value(), '2');
    assert.equal(existsSync(stateFile), false);
  });
});
