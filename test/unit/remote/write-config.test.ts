import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backupId, backupPathFor } from '../../../src/remote/write-config.js';

describe('backup names', () => {
  it('sort by time and give back their id', () => {
    const a = backupPathFor('/h/.wezterm.lua', new Date('2026-11-23T20:05:01.123Z'));
    assert.equal(a, '/h/.wezterm.lua.wezfleet-backup-20261123T200501.123Z');
    assert.equal(backupId(a), '20261123T200501.123Z');
    const b = backupPathFor('/h/.wezterm.lua', new Date('2026-11-24T01:00:00.000Z'));
    assert.ok(a < b);
  });
});
