import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFatal } from '../../../src/cli/exit-code.js';
import { Refusal } from '../../../src/core/errors.js';

describe('fatal errors', () => {
  it('print a refusal with its fix (wezfleet hosts stops at an ssh_config ssh refuses)', () => {
    const err = new Refusal('ssh web1: /c line 2: Bad configuration option: usekeychain', 'add "IgnoreUnknown UseKeychain" before it');
    assert.equal(
      formatFatal(err),
      'wezfleet: ssh web1: /c line 2: Bad configuration option: usekeychain\n  fix: add "IgnoreUnknown UseKeychain" before it',
    );
  });
});
