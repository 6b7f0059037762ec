import { HostStepError } from '../core/errors.js';
import { computeProfile, fixedProfile } from '../profile/compute-profile.js';
import { applyOverrides, type ProfileWithOverrides } from '../profile/overrides.js';
import { readRam, type RamFacts, type RamReading } from '../ram/parse-ram.js';
import type { HostSpec, RunOptions } from './context.js';

/**
 * The host's RAM and profile. The command line wins over the inventory, and both over detection;
 * per-setting overrides are merged key by key, the command line's last.
 */
export function resolveProfile(
  spec: HostSpec,
  o: Pick<RunOptions, 'ram' | 'profile' | 'settings'>,
  ramFacts: RamFacts,
): { ram: RamReading; profile: ProfileWithOverrides } {
  let ram: RamReading | undefined;
  if (o.ram !== undefined) ram = { ramGiB: o.ram, source: 'flag', detail: '--ram' };
  else if (spec.ram !== undefined) ram = { ramGiB: spec.ram, source: 'inventory', detail: 'ram: in the inventory' };
  else ram = readRam(ramFacts);
  if (!ram) {
    throw new HostStepError(
      'cannot tell how much RAM this host has (no lsmem, no /sys/devices/system/memory, no /proc/meminfo); set ram: for it in the inventory or pass --ram',
    );
  }
  const tier = o.profile ?? spec.profile;
  const base = tier !== undefined ? fixedProfile(tier, ram.ramGiB) : computeProfile(ram.ramGiB);
  return { ram, profile: applyOverrides(base, { ...spec.settings, ...o.settings }) };
}
