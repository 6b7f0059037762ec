import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBlockLines } from '../../../src/config/block.js';
import { patchConfig } from '../../../src/config/patch-config.js';
import * as C from '../../fixtures/configs.js';
import { inputFor } from '../../helpers/profiles.js';

describe('parseBlockLines', () => {
  it('reads back the settings and hash of a rendered block', () => {
    const r = patchConfig(C.BUILDER, inputFor(384));
    assert.ok(r.ok);
    const parsed = parseBlockLines(r.block.lines);
    assert.equal(parsed.hash, r.block.hash);
    assert.deepEqual(parsed.settings, inputFor(384).profile.settings);
  });
});
