import { describeBasis } from '../profile/compute-profile.js';
import type { ConfigSource } from '../config/locate-config.js';
import type { ConfigShape } from '../config/patch-config.js';
import type { RamReading, RamSource } from '../ram/parse-ram.js';
import type { ProfileWithOverrides } from '../profile/overrides.js';
import type { SettingKey, Settings } from '../core/settings.js';
import type { Drift } from '../config/drift.js';
import type { HostPlan, OverriddenSetting } from './host-plan.js';
import type { ConfigCheck } from '../config/verify-config.js';

/** A host plan as it is printed and serialised: settings under WezTerm's own key names. */
export interface PlanView {
  drift: Drift;
  ram: { gib: number; source: RamSource; detail: string };
  /** overridden: the user's own settings the block overrides; setByHand: keys the inventory or --set chose. */
  profile: { basis: string; settings: Settings; setByHand: SettingKey[]; overridden: OverriddenSetting[] };
  config: {
    path: string;
    realPath: string;
    source: ConfigSource;
    envFrom: 'mux' | 'login';
    symlinkTarget?: string;
    shape: ConfigShape;
    change: 'create' | 'update' | 'none';
  };
  blockHash: string;
  /** What the offline check proved, and the modules it read from the host. */
  check: ConfigCheck;
  sha256: { before?: string; after: string };
  diff: string;
  warnings: string[];
}

/** The RAM and profile as a plan shows them; a refused host's detail has them in this same shape. */
export function viewSettings(
  ram: RamReading,
  profile: ProfileWithOverrides,
  overridden: OverriddenSetting[] = [],
): Pick<PlanView, 'ram' | 'profile'> {
  return {
    ram: { gib: ram.ramGiB, source: ram.source, detail: ram.detail },
    profile: { basis: describeBasis(profile.basis), settings: profile.settings, setByHand: profile.overridden, overridden },
  };
}

export function viewPlan(p: HostPlan): PlanView {
  const config: PlanView['config'] = {
    path: p.candidate.path,
    realPath: p.realPath,
    source: p.candidate.source,
    envFrom: p.envFrom,
    shape: p.shape,
    change: p.change,
  };
  if (p.config.state === 'found' && p.config.symlinkTarget !== undefined) config.symlinkTarget = p.config.symlinkTarget;
  const sha: PlanView['sha256'] = { after: p.afterSha256 };
  if (p.beforeSha256) sha.before = p.beforeSha256;
  return {
    drift: p.drift,
    ...viewSettings(p.ram, p.profile, p.overridden),
    config,
    blockHash: p.blockHash,
    check: p.check,
    sha256: sha,
    diff: p.diff,
    warnings: p.warnings,
  };
}
