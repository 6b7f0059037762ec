import { TransportError } from '../../src/errors.js';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { applyHost } from '../../src/host/apply-host.js';
import { remoteScript } from '../../src/remote/run-script.js';
import { LocalTransport } from '../../src/transport/local.js';
import { type ExecRequest, type ExecResult, type Transport } from '../../src/transport/transport.js';
import * as C from '../fixtures/configs.js';
import { scratchHome } from '../helpers/cli.js';
import { HookTransport } from '../helpers/hook-transport.js';
import { runOptions } from '../helpers/run-options.js';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

const cfg = () => join(h.home, '.wezterm.lua');
const isWrite = (req: ExecRequest) => req.script === remoteScript('write-config');
const leftovers = () => readdirSync(h.home).filter((f) => f !== '.wezterm.lua' && f !== '.state');

/** Runs the write script like an SSH session that drops: half the bytes, then the hangup sshd delivers. */
class DroppingTransport implements Transport {
  readonly host = 'dropping';
  constructor(readonly env: NodeJS.ProcessEnv) {}
  exec(req: ExecRequest): Promise<ExecResult> {
    if (!isWrite(req)) return new LocalTransport({ env: this.env }).exec(req);
    return new Promise((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', req.script, 'wezfleet', ...(req.args ?? [])], {
        env: this.env,
        detached: true,
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      const data = Buffer.from(req.stdin ?? '');
      child.stdin.write(data.subarray(0, data.length >> 1));
      setTimeout(() => process.kill(-child.pid!, 'SIGHUP'), 300);
      child.on('close', () => reject(new TransportError('disconnected', 'connection lost')));
      void resolve;
    });
  }
  async close() {}
}

describe('writes are all or nothing', () => {
  it('refuses when the file changed between read and write, and writes nothing', async () => {
    writeFileSync(cfg(), C.BUILDER);
    const t = new HookTransport(new LocalTransport({ env: { ...process.env, ...h.env } }), (req) => {
      if (isWrite(req)) appendFileSync(cfg(), 'config.font_size = 20\n');
      return req;
    });
    await assert.rejects(applyHost(t, { name: 'h' }, runOptions({ ram: 64 })), /changed after wezfleet read it/);
    assert.equal(readFileSync(cfg(), 'utf8'), C.BUILDER + 'config.font_size = 20\n');
    assert.deepEqual(leftovers(), []);
  });

  it('never commits content that arrived incomplete', async () => {
    writeFileSync(cfg(), C.BUILDER);
    const t = new HookTransport(new LocalTransport({ env: { ...process.env, ...h.env } }), (req) => {
      if (!isWrite(req)) return req;
      const data = Buffer.from(req.stdin ?? '');
      return { ...req, stdin: data.subarray(0, data.length - 100) };
    });
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
