import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { shQuote } from '../../../src/core/quote.js';
import { CLI, runCli, scratchHome } from '../../helpers/cli.js';

let h: ReturnType<typeof scratchHome>;
beforeEach(() => (h = scratchHome()));
afterEach(() => h.cleanup());

/** Hosts whose rows are wide: long names, a proxy hop, many tags and groups. */
function inventory(): string {
  const file = join(h.home, 'inventory.yaml');
  const hosts = Array.from(
    { length: 12 },
    (_, i) =>
      `  - name: gpu-node-${String(i).padStart(3, '0')}.training.agents.example.internal\n    host: 10.20.30.${i + 1}\n    user: ops\n    proxy_jump: bastion-ops-01.example.internal\n    tags: [gpu, a100, training, claude, codex, gemini, long-running]\n`,
  );
  writeFileSync(file, `hosts:\n${hosts.join('')}`);
  return file;
}

/** The CLI on a terminal of this many columns (util-linux `script`, sized with stty). */
async function onTerminal(columns: number, args: string[]): Promise<string> {
  const command = `stty cols ${columns} rows 50; ${[process.execPath, CLI, ...args].map(shQuote).join(' ')}`;
  const { stdout } = await promisify(execFile)('script', ['-q', '-e', '-c', command, '/dev/null'], {
    env: { PATH: process.env.PATH, TERM: 'dumb', NO_COLOR: '1', ...h.env },
    cwd: h.home,
  });
  return stdout.replace(/\r/g, '');
}

const hostLines = (text: string) => text.split('\n').filter((l) => l.startsWith('gpu-node-'));

describe('tables sized to where they go', () => {
  for (const columns of [80, 120, 200]) {
    it(`on a terminal of ${columns} columns: one line per host, none wider`, async () => {
      const out = await onTerminal(columns, ['hosts', '-i', inventory()]);
      const rows = hostLines(out);
      assert.equal(rows.length, 12, out);
      // The table's lines; the count below it names the inventory's path, which is never cut.
      for (const line of [out.split('\n').find((l) => l.startsWith('host '))!, ...rows])
        assert.ok(line.length <= columns, `${line.length} > ${columns}: ${line}`);
    });
  }

  it('into a pipe: every value whole, on its host line', async () => {
    const r = await runCli(['hosts', '-i', inventory()], h.env);
    assert.equal(r.code, 0, r.stderr);
    const rows = hostLines(r.stdout);
    assert.equal(rows.length, 12);
    assert.match(rows[0]!, /bastion-ops-01\.example\.internal .*gpu, a100, training, claude, codex, gemini, long-running/);
  });

  it('into a pipe with COLUMNS set, fits COLUMNS; --wide shows everything anyway', async () => {
    const narrow = await runCli(['hosts', '-i', inventory()], { ...h.env, COLUMNS: '80' });
    const rows = hostLines(narrow.stdout);
    assert.equal(rows.length, 12);
    for (const line of rows) assert.ok(line.length <= 80, line);
    const wide = await runCli(['hosts', '-i', inventory(), '--wide'], { ...h.env, COLUMNS: '80' });
    assert.match(hostLines(wide.stdout)[0]!, /long-running/);
  });
});
