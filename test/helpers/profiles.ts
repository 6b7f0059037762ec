import { computeProfile } from '../../src/profile/compute-profile.js';
import { applyOverrides, type ProfileWithOverrides } from '../../src/profile/overrides.js';
import type { RamReading } from '../../src/ram/parse-ram.js';
import type { PatchInput } from '../../src/config/patch-config.js';

export function inputFor(ramGiB: number, source: RamReading['source'] = 'lsmem'): PatchInput & { profile: ProfileWithOverrides } {
  return {
    profile: applyOverrides(computeProfile(ramGiB), {}),
    ram: { ramGiB, source, detail: 'test' },
  };
}
