import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANCHOR_PROFILES } from '../../../src/profile/anchors.js';
import { computeProfile, fixedProfile } from '../../../src/profile/compute-profile.js';
import { SETTING_KEYS, SETTING_SPECS, type Settings } from '../../../src/core/settings.js';

const MiB = 1024 * 1024;

/** [scrollback, buffer, coalesce, prefetch, four caches, glyph], worked out by hand from the rules in the issue. */
type Row = [number, number, number, number, number, number];
const EXPECTED: Record<number, Row> = {
  // below 64: anchor64 x ram/64, floored at WezTerm's defaults (on the step), prefetch clamped to 500
  8: [130_000, 256 * 1024, 2, 500, 1024, 256], // 125,000 rounds half up to 130,000; glyph 64 -> default 256
  16: [250_000, 512 * 1024, 2, 500, 2048, 256], // glyph 128 -> 0.5 step -> 256
  32: [500_000, 1 * MiB, 2, 500, 4096, 256],
  62: [970_000, 2 * MiB, 2, 500, 8192, 512], // 968,750 -> 970,000; 1.9375 MiB -> 2 MiB; 7936 -> 8192; 496 -> 512
  64: [1_000_000, 2 * MiB, 2, 500, 8192, 512],
  96: [1_500_000, 3 * MiB, 1, 625, 12288, 768], // coalesce is 1 from 96 on
  100: [1_600_000, 13 * 256 * 1024, 1, 641, 13312, 768], // 1,562,500; 3.125 MiB -> 3.25; 640.625; 12800 -> 13312; 800 -> 768
  128: [2_000_000, 4 * MiB, 1, 750, 16384, 1024],
  200: [3_700_000, 6.25 * MiB, 1, 609, 25600, 1536], // 3,687,500; 6.25 MiB exact; 609.375; 25600; 1600 -> 1536
  256: [5_000_000, 8 * MiB, 1, 500, 32768, 2048],
  384: [7_500_000, 12 * MiB, 1, 750, 49152, 3072],
  512: [10_000_000, 16 * MiB, 1, 1000, 65536, 4096],
  768: [15_000_000, 24 * MiB, 1, 1500, 98304, 6144], // the 256->512 line continued, as the guide says
  1024: [20_000_000, 32 * MiB, 1, 2000, 131072, 8192],
};

function row(s: Settings): Row {
  assert.equal(s.line_state_cache_size, s.shape_cache_size);
  assert.equal(s.line_quad_cache_size, s.shape_cache_size);
  assert.equal(s.line_to_ele_shape_cache_size, s.shape_cache_size);
  return [
    s.scrollback_lines,
    s.mux_output_parser_buffer_size,
    s.mux_output_parser_coalesce_delay_ms,
    s.ratelimit_mux_line_prefetches_per_second,
    s.shape_cache_size,
    s.glyph_cache_image_cache_size,
  ];
}

describe('computeProfile', () => {
  for (const [ram, expected] of Object.entries(EXPECTED)) {
    it(`gives the hand-computed profile for ${ram} GiB`, () => {
      assert.deepEqual(row(computeProfile(Number(ram)).settings), expected);
    });
  }

  it("returns the guide's fixed profiles exactly at the anchors (16384 caches, not the script's 16000)", () => {
    for (const tier of [64, 128, 256, 512] as const) {
      assert.deepEqual(computeProfile(tier).settings, ANCHOR_PROFILES[tier]);
      assert.deepEqual(computeProfile(tier).basis, { kind: 'anchor', tier });
    }
    assert.equal(computeProfile(128).settings.shape_cache_size, 16384);
    assert.equal(computeProfile(512).settings.ratelimit_mux_line_prefetches_per_second, 1000);
  });

  it('names how it got there', () => {
    assert.deepEqual(computeProfile(200).basis, { kind: 'interpolated', lower: 128, upper: 256 });
    assert.deepEqual(computeProfile(8).basis, { kind: 'scaled-below', tier: 64 });
    assert.deepEqual(computeProfile(768).basis, { kind: 'extrapolated-above', tier: 512 });
  });

  it('refuses non-positive or non-finite RAM', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) assert.throws(() => computeProfile(bad), RangeError);
  });

  it('gives a fixed tier whatever the RAM', () => {
    assert.deepEqual(fixedProfile(256, 40).settings, ANCHOR_PROFILES[256]);
  });
});

describe('profile properties', () => {
  // Whole GiB from 1 to 4096 and a spread of fractional sizes.
  const rams = [
    ...Array.from({ length: 4096 }, (_, i) => i + 1),
    0.25,
    0.5,
    1.5,
    62.8,
    63.99,
    95.99,
    96.01,
    127.5,
    255.9,
    511.1,
    1536.75,
    9000,
    50_000,
    1_000_000,
  ].sort((a, b) => a - b);
  const profiles = rams.map((r) => [r, computeProfile(r).settings] as const);
  const steps: Partial<Record<keyof Settings, number>> = {
    mux_output_parser_buffer_size: 256 * 1024,
    shape_cache_size: 1024,
    line_state_cache_size: 1024,
    line_quad_cache_size: 1024,
    line_to_ele_shape_cache_size: 1024,
    glyph_cache_image_cache_size: 256,
  };

  it("every value is an integer within WezTerm's limits, never below its default, never 0", () => {
    for (const [ram, s] of profiles) {
      for (const key of SETTING_KEYS) {
        const v = s[key];
        assert.ok(Number.isSafeInteger(v), `${ram} GiB ${key}=${v} is not an integer`);
        assert.ok(v >= 1 && v <= SETTING_SPECS[key].max, `${ram} GiB ${key}=${v} outside WezTerm's limits`);
        if (key !== 'mux_output_parser_coalesce_delay_ms')
          assert.ok(v >= SETTING_SPECS[key].default, `${ram} GiB ${key}=${v} below default`);
      }
    }
  });

  it('values sit on their readable steps', () => {
    for (const [ram, s] of profiles) {
      for (const [key, step] of Object.entries(steps)) assert.equal(s[key as keyof Settings] % step, 0, `${ram} GiB ${key}`);
      assert.equal(s.scrollback_lines % (s.scrollback_lines >= 1_000_000 ? 100_000 : 10_000), 0, `${ram} GiB scrollback`);
      assert.ok(s.ratelimit_mux_line_prefetches_per_second >= 500 && s.ratelimit_mux_line_prefetches_per_second <= 2000);
      assert.ok(s.scrollback_lines <= 999_999_999);
    }
  });

  it('is monotonic wherever the anchors are: more RAM never means less scrollback, buffer or cache', () => {
    const monotonic = SETTING_KEYS.filter(
      (k) => k !== 'ratelimit_mux_line_prefetches_per_second' && k !== 'mux_output_parser_coalesce_delay_ms',
    );
    for (let i = 1; i < profiles.length; i++) {
      const [ramA, a] = profiles[i - 1]!;
      const [ramB, b] = profiles[i]!;
      for (const key of monotonic) assert.ok(b[key] >= a[key], `${key}: ${ramA} GiB -> ${a[key]} but ${ramB} GiB -> ${b[key]}`);
      assert.ok(b.mux_output_parser_coalesce_delay_ms <= a.mux_output_parser_coalesce_delay_ms);
    }
  });

  it('prefetch follows the anchors: up from 64 to 128, down to 256, up again to 512 and beyond', () => {
    const pf = (r: number) => computeProfile(r).settings.ratelimit_mux_line_prefetches_per_second;
    assert.ok(pf(64) < pf(100) && pf(100) < pf(128));
    assert.ok(pf(128) > pf(200) && pf(200) > pf(256));
    assert.ok(pf(256) < pf(400) && pf(400) < pf(512) && pf(512) < pf(768));
  });

  it('caps scrollback below 999,999,999 for absurd RAM', () => {
    assert.equal(computeProfile(1_000_000).settings.scrollback_lines, 999_900_000);
  });
});
