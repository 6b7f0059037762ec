import { describeBasis } from '../profile/compute-profile.js';
import type { ConfigSource } from '../config/locate-config.js';
import type { ConfigShape } from '../config/patch-config.js';
import type { RamSource } from '../ram/parse-ram.js';
import type { SettingKey, Settings } from '../settings/keys.js';
import type { Drift } from '../config/drift.js';
import type { HostPlan } from './plan-host.js';

/** A host plan as it is printed and serialised: settings under WezTerm's own key names. */
export interface PlanView {
  drift: Drift;
  ram: { gib: number; source: RamSource; detail: string };
  profile: { basis: string; settings: Settings; overridden: SettingKey[] };
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
  sha256: { before?: string; after: string };
  diff: string;
  warnings: string[];
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
    ram: { gib: p.ram.ramGiB, source: p.ram.source, detail: p.ram.detail },
    profile: { basis: describeBasis(p.profile.basis), settings: p.profile.settings, overridden: p.profile.overridden },
    config,
    blockHash: p.blockHash,
    sha256: sha,
    diff: p.diff,
    warnings: p.warnings,
  };
}
