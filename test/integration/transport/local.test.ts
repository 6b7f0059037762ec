import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LocalTransport } from '../../../src/transport/local.js';
import { TransportError } from '../../../src/core/errors.js';

const marker = Buffer.from('\0HOLD\0');
// A held script: the first step, the marker, then what the client sent (or "eof").
const script = `printf 'first'; printf '\\0HOLD\\0'; if IFS= read -r l; then sleep "\${1:-0}"; printf '[%s]' "$l"; else printf eof; fi`;

describe('LocalTransport, held', () => {
  it('sends what resume answers after the marker, on the same stdin', async () => {
    const seen: string[] = [];
    const r = await new LocalTransport().exec({
      script,
      timeoutMs: 5000,
      secondStep: { marker, timeoutMs: 5000, resume: async (before) => (seen.push(before.toString()), Buffer.from('second\n')) },
    });
    assert.deepEqual(seen, ['first']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.toString(), 'first\0HOLD\0[second]');
  });

  it("closes stdin when resume fails, and fails with resume's error after the script has ended", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wezfleet-step-'));
    try {
      const record = join(dir, 'second');
      await assert.rejects(
        new LocalTransport().exec({
          // Only the second step's output goes to the file (the redirection is the if's).
          script: `${script} > ${record}`,
          timeoutMs: 5000,
          secondStep: {
            marker,
            timeoutMs: 5000,
            resume: async () => {
              throw new Error('planning refused');
            },
          },
        }),
        /planning refused/,
      );
      assert.equal(readFileSync(record, 'utf8'), 'eof', 'the script read the end of stdin, and nothing else');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the first deadline at the marker, and gives the second step its own from the moment resume answers', async () => {
    const slow = (ms: number) =>
      new LocalTransport().exec({
        script,
        args: ['1'],
        timeoutMs: 500,
        secondStep: { marker, timeoutMs: ms, resume: () => new Promise((r) => setTimeout(() => r(Buffer.from('x\n')), 800)) },
      });
    // 800 ms of planning (past the first deadline) and 1 s of writing: within the second one.
    assert.equal((await slow(3000)).stdout.toString(), 'first\0HOLD\0[x]');
    await assert.rejects(slow(300), /timed out after 0.3s/);
  });

  it('keeps the first deadline where the marker never comes', async () => {
    const resume = async () => Buffer.from('x\n');
    await assert.rejects(
      new LocalTransport().exec({ script: 'sleep 5', timeoutMs: 300, secondStep: { marker, timeoutMs: 10_000, resume } }),
      /timed out after 0.3s/,
    );
  });
});

describe('LocalTransport, bounded', () => {
  it('stops a command whose output passes the cap, saying so', async () => {
    await assert.rejects(
      new LocalTransport().exec({ script: 'head -c 40000000 /dev/zero', timeoutMs: 20_000 }),
      (e: unknown) => e instanceof TransportError && e.kind === 'output' && /its output passed 32 MiB; stopped/.test(e.message),
    );
  });
});
