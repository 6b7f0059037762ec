import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { MAN_PAGE_FILE } from '../../../src/cli/write-man.js';

describe('wezfleet.1', () => {
  it('renders with groff without a single warning', () => {
    // groff exits 0 on warnings: they are on stderr, which must stay empty.
    const r = spawnSync('groff', ['-man', '-ww', '-z', MAN_PAGE_FILE], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  });

  it('reads as a man page: its sections, and flags with real hyphen-minus signs', () => {
    const text = execFileSync('man', ['-l', MAN_PAGE_FILE], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '100', MAN_KEEP_FORMATTING: '', LANG: 'C.UTF-8' },
    });
    for (const section of ['NAME', 'SYNOPSIS', 'COMMANDS', 'SHARED OPTIONS', 'CONFIGURATION FILE', 'ENVIRONMENT', 'FILES', 'EXIT STATUS']) {
      assert.match(text, new RegExp(`^${section}$`, 'm'), section);
    }
    assert.match(text, /^ {7}--host-key-policy policy$/m);
    assert.match(text, /^ {3}wezfleet config \[options\]$/m);
  });
});
