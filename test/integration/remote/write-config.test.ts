import { TransportError } from '../../../src/core/errors.js';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  lchownSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { applyHost } from '../../../src/host/apply-host.js';
import { restoreHost } from '../../../src/host/restore-host.js';
import { planHost } from '../../../src/host/plan-host.js';
import { statusHost } from '../../../src/host/status-host.js';
import { DEFAULT_AGENT_PATTERNS } from '../../../src/mux/agents.js';
import { sha256 } from '../../../src/remote/read-config.js';
import { writeConfig } from '../../../src/remote/write-config.js';
import type { Refusal } from '../../../src/core/errors.js';
import { Deadline } from '../../../src/transport/deadline.js';
import { SecondStepWatch } from '../../../src/transport/second-step.js';
import { LocalTransport } from '../../../src/transport/local.js';
import { type ExecRequest, type ExecResult, type Transport } from '../../../src/transport/transport.js';
import * as C from '../../fixtures/configs.js';
import { scratchHome } from '../../helpers/cli.js';
import { HookTransport } from '../../helpers/hook-transport.js';
import { runOptions } from '../../helpers/run-options.js';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

const cfg = () => join(h.home, '.wezterm.lua');
const STATUS_OPTIONS = { agentPatterns: DEFAULT_AGENT_PATTERNS, scrollbackWarnShare: 0.25 };
const leftovers = () => readdirSync(h.home).filter((f) => f !== '.wezterm.lua' && f !== '.state');

/** apply's request with what its write step sends (after the facts, on the same channel) passed through `f`. */
function onWrite(req: ExecRequest, f: (sent: Buffer) => Buffer): ExecRequest {
  const step = req.secondStep;
  if (!step) return req;
  const tampered = async (before: Buffer) => {
    const sent = await step.resume(before);
    return sent && f(sent);
  };
  return { ...req, secondStep: { ...step, resume: tampered } };
}

/** Runs apply's script like an SSH session that drops: the facts, half the write's bytes, then the hangup sshd delivers. */
class DroppingTransport implements Transport {
  readonly host = 'dropping';
  constructor(readonly env: NodeJS.ProcessEnv) {}
  exec(req: ExecRequest): Promise<ExecResult> {
    const step = req.secondStep;
    if (!step) return new LocalTransport({ env: this.env }).exec(req);
    return new Promise((_resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', req.script, 'wezfleet', ...(req.args ?? [])], {
        env: this.env,
        detached: true,
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      const out: Buffer[] = [];
      const deadline = new Deadline(() => {}, req.timeoutMs);
      const watch = new SecondStepWatch(step, out, deadline, (sent) => {
        child.stdin.write(sent!.subarray(0, sent!.length >> 1));
        setTimeout(() => process.kill(-child.pid!, 'SIGHUP'), 300);
      });
      child.stdin.write(req.stdin ?? '');
      child.stdout.on('data', (d: Buffer) => {
        out.push(d);
        watch.feed();
      });
      child.on('close', () => {
        deadline.close();
        reject(new TransportError('disconnected', 'connection lost'));
      });
    });
  }
  async close() {}
}

describe('writes are all or nothing', () => {
  it('refuses when the file changed between read and write, and writes nothing', async () => {
    writeFileSync(cfg(), C.BUILDER);
    const t = new HookTransport(new LocalTransport({ env: { ...process.env, ...h.env } }), (req) =>
      onWrite(req, (sent) => {
        appendFileSync(cfg(), 'config.font_size = 20\n');
        return sent;
      }),
    );
    await assert.rejects(applyHost(t, { name: 'h' }, runOptions({ ram: 64 })), /changed after wezfleet read it/);
    assert.equal(readFileSync(cfg(), 'utf8'), C.BUILDER + 'config.font_size = 20\n');
    assert.deepEqual(leftovers(), []);
  });

  it('never commits content that arrived incomplete', async () => {
    writeFileSync(cfg(), C.BUILDER);
    const t = new HookTransport(new LocalTransport({ env: { ...process.env, ...h.env } }), (req) =>
      onWrite(req, (sent) => sent.subarray(0, sent.length - 100)),
    );
    await assert.rejects(applyHost(t, { name: 'h' }, runOptions({ ram: 64 })), /arrived incomplete/);
    assert.equal(readFileSync(cfg(), 'utf8'), C.BUILDER);
    assert.deepEqual(leftovers(), []);
  });

  it('a hangup in the middle of the transfer leaves the old file and no temp file', async () => {
    writeFileSync(cfg(), C.BUILDER);
    await assert.rejects(
      applyHost(new DroppingTransport({ ...process.env, ...h.env }), { name: 'h' }, runOptions({ ram: 64 })),
      /connection lost/,
    );
    assert.equal(readFileSync(cfg(), 'utf8'), C.BUILDER);
    assert.deepEqual(leftovers(), []);
  });
});

/**
 * wezfleet as root (sudo: true) writing a config in a directory another user owns: that user can swap
 * any name there for a symlink at any moment. `nobody` owns the config here; the swap is made at the
 * worst moment for the script, from wrappers run in place of the commands it runs after creating its
 * temp file.
 */
describe('root writing in a directory another user owns', () => {
  const NOBODY = 65534;
  let victim: string;
  let victimDir: string;
  beforeEach(() => {
    victimDir = mkdtempSync(join(tmpdir(), 'wezfleet-victim-'));
    victim = join(victimDir, 'secret');
    writeFileSync(victim, 'VICTIM\n', { mode: 0o600 });
  });
  afterEach(() => rmSync(victimDir, { recursive: true, force: true }));
  const victimIntact = () => {
    assert.equal(readFileSync(victim, 'utf8'), 'VICTIM\n', 'nothing written through the link');
    const st = statSync(victim);
    assert.deepEqual([st.mode & 0o7777, st.uid], [0o600, 0], 'mode and owner of the link target unchanged');
  };
  const seen = () => join(victimDir, 'seen');
  const local = (extra: NodeJS.ProcessEnv = {}) => new LocalTransport({ env: { ...process.env, ...h.env, ...extra } });

  /**
   * PATH with wrappers for the commands that touch the temp file: each first notes the file's mode
   * (in `seen`), then swaps it for a link to the victim.
   */
  function swappingPath(dirs = [h.home]): string {
    const bin = mkdtempSync(join(victimDir, 'bin-'));
    for (const cmd of ['dd', 'cat', 'chmod', 'chown', 'sha256sum', 'sync', 'mv']) {
      const real = execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim();
      const swap = `for f in ${dirs.map((d) => `'${d}'/.*wezfleet-[0-9]* '${d}'/.wezfleet-backup-[0-9]*`).join(' ')}; do [ -f "$f" ] && [ ! -L "$f" ] && stat -c '%a %n' "$f" >> '${seen()}' && rm -f "$f" && ln -s '${victim}' "$f"; done`;
      writeFileSync(join(bin, cmd), `#!/bin/sh\n${swap}\nexec ${real} "$@"\n`, { mode: 0o755 });
    }
    return `${bin}:${process.env.PATH}`;
  }

  it('never writes, chmods or chowns through a temp file swapped for a link', async () => {
    writeFileSync(cfg(), C.BUILDER, { mode: 0o750 });
    chownSync(cfg(), NOBODY, NOBODY);
    chownSync(h.home, NOBODY, NOBODY);
    await assert.rejects(
      applyHost(local({ PATH: swappingPath() }), { name: 'h' }, runOptions({ ram: 64 })),
      /was replaced by someone else/,
    );
    victimIntact();
    assert.equal(readFileSync(cfg(), 'utf8'), C.BUILDER);
    assert.equal(statSync(cfg()).uid, NOBODY);
    assert.deepEqual(leftovers(), []);
  });

  it('never copies a backup through a link, and keeps the copy private until it is checked', async () => {
    // The config links to a file on another filesystem, so the backup beside the link is a copy.
    const shm = mkdtempSync('/dev/shm/wezfleet-');
    const target = join(shm, 'wezterm.lua');
    try {
      writeFileSync(target, C.BUILDER, { mode: 0o644 });
      chownSync(target, NOBODY, NOBODY);
      symlinkSync(target, cfg());
      lchownSync(cfg(), NOBODY, NOBODY);
      const bin = swappingPath([h.home, shm]);
      // The copy's wrappers swap the backup's temp file too.
      for (const cmd of ['dd', 'sha256sum', 'chmod', 'chown', 'mv']) {
        const f = join(bin.split(':')[0]!, cmd);
        writeFileSync(
          f,
          readFileSync(f, 'utf8').replace('.wezterm.lua.wezfleet-*;', `.wezterm.lua.wezfleet-* '${h.home}'/.wezfleet-backup-*;`),
        );
      }
      await assert.rejects(applyHost(local({ PATH: bin }), { name: 'h' }, runOptions({ ram: 64 })), /was replaced by someone else/);
      victimIntact();
      assert.match(readFileSync(seen(), 'utf8'), /^600 .*\/\.wezfleet-backup-\d+-/m, 'the copy was private while it was unchecked');
      assert.equal(readFileSync(target, 'utf8'), C.BUILDER);
      assert.deepEqual(
        readdirSync(h.home).filter((f) => f.includes('wezfleet')),
        [],
        'no backup, no temp file left',
      );
    } finally {
      rmSync(shm, { recursive: true, force: true });
    }
  });

  it('refuses to follow a link another user owns to a file they do not own: plan reads none of it, the write checks again', async () => {
    const secret = `-- ROOT-ONLY ${'x'.repeat(8)}\n`;
    writeFileSync(victim, secret + C.BUILDER, { mode: 0o600 });
    symlinkSync(victim, cfg());
    lchownSync(cfg(), NOBODY, NOBODY);
    const foreign = new RegExp(`link owned by uid ${NOBODY} to .*owned by uid 0; as root wezfleet changes only a file of the link's owner`);
    const refusal = await planHost(local(), { name: 'h' }, runOptions({ ram: 64 })).then(
      () => assert.fail('planned through the link'),
      (e: Refusal) => e,
    );
    assert.match(refusal.message, foreign);
    assert.ok(!JSON.stringify({ ...refusal, message: refusal.message }).includes('ROOT-ONLY'), "the target's bytes reached the client");
    await assert.rejects(applyHost(local(), { name: 'h' }, runOptions({ ram: 64 })), foreign);
    // status cannot tell whether a file it did not read is tuned, and says why instead of "unmanaged".
    const status = await statusHost(local(), { name: 'h' }, runOptions({ ram: 64 }), STATUS_OPTIONS);
    assert.equal(status.detail.config.state, 'unreadable');
    assert.match(status.detail.config.error ?? '', foreign);
    assert.match(status.detail.warnings.join('\n'), /cannot tell whether it is tuned: run as that user \(sudo_user\)/);
    // The write checks by itself too (the link could be swapped in after the plan).
    const content = Buffer.from(C.BUILDER);
    await assert.rejects(
      writeConfig(
        local(),
        { path: cfg(), realPath: victim, expectedSha256: sha256(secret + C.BUILDER), content, keepBackups: 10 },
        { timeoutMs: 20_000 },
      ),
      foreign,
    );
    assert.equal(readFileSync(victim, 'utf8'), secret + C.BUILDER);
    assert.deepEqual(
      readdirSync(h.home).filter((f) => f.includes('wezfleet')),
      [],
    );
    // The same link owned by root is root's own, and is followed.
    lchownSync(cfg(), 0, 0);
    await applyHost(local(), { name: 'h' }, runOptions({ ram: 64 }));
    assert.ok(readFileSync(victim, 'utf8').startsWith(secret) && readFileSync(victim, 'utf8').includes('WEZFLEET'));
    assert.ok(lstatSync(cfg()).isSymbolicLink());
  });

  it('restore refuses a planted backup that links elsewhere, and reads nothing through it', async () => {
    writeFileSync(cfg(), C.BUILDER);
    chownSync(cfg(), NOBODY, NOBODY);
    symlinkSync(victim, `${cfg()}.wezfleet-backup-29991231T000000.000Z`);
    chmodSync(victim, 0o600);
    await assert.rejects(restoreHost(local(), { name: 'h' }, runOptions(), { list: false }), /is a link/);
    assert.equal(readFileSync(cfg(), 'utf8'), C.BUILDER);
    victimIntact();
  });
});
