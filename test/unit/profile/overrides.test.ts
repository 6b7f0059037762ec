import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../../src/core/errors.js';
import { computeProfile } from '../../../src/profile/compute-profile.js';
import { applyOverrides, checkSettingValue, parseProfileText, parseRamText, parseSetFlags } from '../../../src/profile/overrides.js';

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof UsageError, `expected a UsageError, got ${String(err)}`);
    return [err.message, ...err.issues];
  }
  assert.fail('expected a UsageError');
}

describe('--ram', () => {
  it('reads decimal numbers, 08 as eight', () => {
    assert.equal(parseRamText('08'), 8);
    assert.equal(parseRamText('200'), 200);
    assert.equal(parseRamText(' 62.5 '), 62.5);
  });
  for (const bad of ['0', '-4', '', 'abc', '0x40', '1e3', '64G', 'Infinity', '.5']) {
    it(`refuses ${JSON.stringify(bad)} and names the flag`, () => {
      assert.match(issuesOf(() => parseRamText(bad))[0]!, /--ram: expected a positive number of GiB/);
    });
  }
});

describe('--profile', () => {
  it('accepts the four tiers only', () => {
    assert.equal(parseProfileText('256'), 256);
    assert.match(issuesOf(() => parseProfileText('200'))[0]!, /--profile: expected one of 64, 128, 256, 512, got "200"/);
  });
});

describe('--set', () => {
  it('parses key=value, with _ grouping', () => {
    assert.deepEqual(parseSetFlags(['scrollback_lines=2_000_000', 'mux_output_parser_coalesce_delay_ms=0']), {
      scrollback_lines: 2_000_000,
      mux_output_parser_coalesce_delay_ms: 0,
    });
  });

  it('refuses what WezTerm would reject or choke on, reporting every problem', () => {
    const issues = issuesOf(() =>
      parseSetFlags([
        'mux_output_parser_buffer_size=0',
        'ratelimit_mux_line_prefetches_per_second=0',
        'scrollback_lines=1000000000',
        'shape_cache_size=1e5',
        'glyph_cache_image_cache_size=2.5',
        'font_size=12',
        'oops',
      ]),
    );
    assert.equal(issues.length, 8);
    assert.match(issues[1]!, /mux_output_parser_buffer_size: expected 1\.\.1073741824, got 0: 0 stops every pane's output/);
    assert.match(issues[2]!, /ratelimit_mux_line_prefetches_per_second: expected 1\.\.4294967295, got 0: 0 panics the GUI client/);
    assert.match(issues[3]!, /scrollback_lines: expected 1\.\.999999999, got 1000000000/);
    assert.match(issues[4]!, /shape_cache_size: expected a whole number, got "1e5"/);
    assert.match(issues[5]!, /glyph_cache_image_cache_size: expected a whole number, got "2\.5"/);
    assert.match(issues[6]!, /font_size: unknown setting; expected one of scrollback_lines/);
    assert.match(issues[7]!, /"oops": expected key=value/);
  });

  it('checkSettingValue refuses floats with the reason', () => {
    assert.match(checkSettingValue('scrollback_lines', 1.5)!, /WezTerm rejects floats/);
    assert.equal(checkSettingValue('scrollback_lines', 5000), undefined);
  });

  it('overrides win over the computed profile and are recorded', () => {
    const p = applyOverrides(computeProfile(200), { scrollback_lines: 123_000 });
    assert.equal(p.settings.scrollback_lines, 123_000);
    assert.equal(p.settings.shape_cache_size, 25600);
    assert.deepEqual(p.overridden, ['scrollback_lines']);
  });
});
