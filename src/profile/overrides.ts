import { UsageError } from '../core/errors.js';
import { SETTING_KEYS, SETTING_SPECS, isSettingKey, type SettingKey } from '../core/settings.js';
import { ANCHOR_TIERS, isAnchorTier, type AnchorTier } from './anchors.js';
import type { Profile } from './compute-profile.js';

export type { SettingOverrides } from '../core/settings.js';
import type { SettingOverrides } from '../core/settings.js';

export interface ProfileWithOverrides extends Profile {
  /** Keys whose value came from an override rather than the RAM rule. */
  overridden: SettingKey[];
}

/**
 * Why `value` can't be used for `key`, or undefined when it can. WezTerm decodes these keys as integers:
 * a float, even 1e5, makes it reject the whole config.
 */
export function checkSettingValue(key: SettingKey, value: unknown): string | undefined {
  const spec = SETTING_SPECS[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a whole number, got ${JSON.stringify(value)}`;
  if (!Number.isInteger(value)) return `expected a whole number (WezTerm rejects floats), got ${value}`;
  if (value < spec.min || value > spec.max) {
    return `expected ${spec.min}..${spec.max}, got ${value}: ${spec.why}`;
  }
  return undefined;
}

/** Parses the text of one override value: digits, optionally grouped with `_` (1_000_000). */
function parseSettingText(text: string): number | string {
  const t = text.trim();
  if (!/^\d+(_\d+)*$/.test(t)) return t;
  return Number(t.replaceAll('_', ''));
}

/** `--set key=value` (repeatable) into overrides; every problem is reported, not just the first. */
export function parseSetFlags(flags: readonly string[], origin = '--set'): SettingOverrides {
  const out: SettingOverrides = {};
  const issues: string[] = [];
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq < 1) {
      issues.push(`${origin} ${JSON.stringify(flag)}: expected key=value, e.g. scrollback_lines=2000000`);
      continue;
    }
    const key = flag.slice(0, eq).trim();
    if (!isSettingKey(key)) {
      issues.push(`${origin} ${key}: unknown setting; expected one of ${SETTING_KEYS.join(', ')}`);
      continue;
    }
    const value = parseSettingText(flag.slice(eq + 1));
    const problem = checkSettingValue(key, value);
    if (problem) issues.push(`${origin} ${key}: ${problem}`);
    else out[key] = value as number;
  }
  if (issues.length) throw new UsageError('invalid setting override', issues);
  return out;
}

export function applyOverrides(profile: Profile, overrides: SettingOverrides): ProfileWithOverrides {
  const settings = { ...profile.settings };
  const overridden: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    const value = overrides[key];
    if (value === undefined) continue;
    settings[key] = value;
    overridden.push(key);
  }
  return { ...profile, settings, overridden };
}

/**
 * `--ram N`: a positive decimal number of GiB. `08` is 8 (the reference script wrote invalid Lua for it);
 * hex, exponents, signs and units are refused rather than guessed.
 */
export function parseRamText(text: string, origin = '--ram'): number {
  const t = text.trim();
  const n = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${origin}: expected a positive number of GiB such as 64 or 200, got ${JSON.stringify(text)}`);
  }
  return n;
}

export function parseProfileText(text: string, origin = '--profile'): AnchorTier {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!isAnchorTier(n)) {
    throw new UsageError(`${origin}: expected one of ${ANCHOR_TIERS.join(', ')}, got ${JSON.stringify(text)}`);
  }
  return n;
}
