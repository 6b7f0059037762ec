import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { UsageError } from '../../../src/core/errors.js';
import { createAuditLog } from '../../../src/log/audit.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-audit-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the audit log', () => {
  it('appends one JSON line per change, an unknown outcome marked', () => {
    const state = join(dir, 'state');
    const audit = createAuditLog({ level: 'silent', dir: state });
    audit.change({
      host: 'h',
      action: 'apply',
      file: '/f',
      realPath: '/f',
      sha256After: 'x',
      outcome: 'unknown',
      cut: 'timed out after 3s',
    });
    const [line] = readFileSync(join(state, 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual([line.host, line.outcome, line.cut, line.msg], ['h', 'unknown', 'timed out after 3s', 'apply (unknown) h:/f']);
  });

  it('is never written through a link', () => {
    const state = join(dir, 'linked');
    mkdirSync(state);
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, join(state, 'audit.log'));
    assert.throws(
      () => createAuditLog({ level: 'silent', dir: state }),
      (e: unknown) => e instanceof UsageError && /is a symbolic link/.test(e.message),
    );
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
  });
});
