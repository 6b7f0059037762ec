import { SETTING_KEYS, type SettingKey, type Settings } from '../core/settings.js';
import { ANCHOR_PROFILES, ANCHOR_TIERS, type AnchorTier } from './anchors.js';
import { roundSetting } from './round.js';

/** How the numbers were arrived at, for tables and JSON. */
export type ProfileBasis =
  | { kind: 'anchor'; tier: AnchorTier }
  | { kind: 'interpolated'; lower: AnchorTier; upper: AnchorTier }
  | { kind: 'scaled-below'; tier: 64 }
  | { kind: 'extrapolated-above'; tier: 512 }
  | { kind: 'fixed'; tier: AnchorTier };

export interface Profile {
  ramGiB: number;
  basis: ProfileBasis;
  settings: Settings;
}

const PREFETCH_MIN = 500;
const PREFETCH_MAX = 2000;

/** The line through (a, va) and (b, vb) at r. Anchor gaps are powers of two, so integer r is exact. */
function lerp(r: number, a: number, va: number, b: number, vb: number): number {
  return (va * (b - r) + vb * (r - a)) / (b - a);
}

function rawValue(key: SettingKey, ram: number): number {
  const v = (t: AnchorTier) => ANCHOR_PROFILES[t][key];
  if (ram < 64) return (v(64) * ram) / 64;
  if (ram <= 128) return lerp(ram, 64, v(64), 128, v(128));
  if (ram <= 256) return lerp(ram, 128, v(128), 256, v(256));
  // From 256 on, one line: between the anchors and, continued, above 512.
  return lerp(ram, 256, v(256), 512, v(512));
}

function basisFor(ram: number): ProfileBasis {
  const exact = ANCHOR_TIERS.find((t) => t === ram);
  if (exact !== undefined) return { kind: 'anchor', tier: exact };
  if (ram < 64) return { kind: 'scaled-below', tier: 64 };
  if (ram > 512) return { kind: 'extrapolated-above', tier: 512 };
  const upperIndex = ANCHOR_TIERS.findIndex((t) => t > ram);
  return { kind: 'interpolated', lower: ANCHOR_TIERS[upperIndex - 1]!, upper: ANCHOR_TIERS[upperIndex]! };
}

function settingFor(key: SettingKey, ram: number): number {
  if (key === 'mux_output_parser_coalesce_delay_ms') return ram < 96 ? 2 : 1;
  const rounded = roundSetting(key, rawValue(key, ram));
  if (key === 'ratelimit_mux_line_prefetches_per_second') {
    return Math.min(Math.max(rounded, PREFETCH_MIN), PREFETCH_MAX);
  }
  return rounded;
}

/** The tuned settings for a host with `ramGiB` of installed RAM (a positive, finite number). */
export function computeProfile(ramGiB: number): Profile {
  if (!Number.isFinite(ramGiB) || ramGiB <= 0) {
    throw new RangeError(`RAM must be a positive number of GiB, got ${ramGiB}`);
  }
  const settings = Object.fromEntries(SETTING_KEYS.map((k) => [k, settingFor(k, ramGiB)])) as Settings;
  return { ramGiB, basis: basisFor(ramGiB), settings };
}

/** One of the guide's four fixed tiers, whatever the RAM. */
export function fixedProfile(tier: AnchorTier, ramGiB: number): Profile {
  return { ramGiB, basis: { kind: 'fixed', tier }, settings: { ...ANCHOR_PROFILES[tier] } };
}

export function describeBasis(basis: ProfileBasis): string {
  switch (basis.kind) {
    case 'anchor':
      return `${basis.tier} GiB tier`;
    case 'fixed':
      return `fixed ${basis.tier} GiB tier`;
    case 'interpolated':
      return `${basis.lower}-${basis.upper} GiB`;
    case 'scaled-below':
      return 'below 64 GiB (scaled)';
    case 'extrapolated-above':
      return 'above 512 GiB (extrapolated)';
  }
}
