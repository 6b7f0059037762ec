import type { ConfigCandidate } from '../config/locate-config.js';
import type { ConfigShape } from '../config/patch-config.js';
import type { Drift } from '../config/drift.js';
import type { ConfigCheck } from '../config/verify-config.js';
import type { TextEncodingName } from '../config/text-encoding.js';
import type { SettingKey } from '../core/settings.js';
import type { ProfileWithOverrides } from '../profile/overrides.js';
import type { RamReading } from '../ram/parse-ram.js';
import type { HostFacts } from '../remote/facts.js';
import type { ConfigRead } from '../remote/read-config.js';

/** Everything about a host's config that apply would change: planHost's answer, and what apply writes from. */
export interface HostPlan {
  drift: Drift;
  facts: HostFacts;
  ram: RamReading;
  profile: ProfileWithOverrides;
  /** Which environment decided the config path: the running mux's, or the login shell's. */
  envFrom: 'mux' | 'login';
  candidate: ConfigCandidate;
  config: ConfigRead;
  realPath: string;
  change: 'create' | 'update' | 'none';
  shape: ConfigShape;
  before?: string;
  after: string;
  encoding: TextEncodingName;
  beforeSha256?: string;
  afterSha256: string;
  diff: string;
  blockHash: string;
  marker: string;
  blockText: string;
  /** What the offline check proved of the patched config. */
  check: ConfigCheck;
  /** The user's own settings of tuned keys, which the block overrides. */
  overridden: OverriddenSetting[];
  warnings: string[];
}

/** A tuned key the user set themselves, which the block overrides: where (in the file), and to what. */
export interface OverriddenSetting {
  key: SettingKey;
  /** The line and statement in the config file; absent where it is set elsewhere (a module). */
  line?: number;
  text?: string;
  /** The value the config gave it, as Lua printed it (where the check ran the config). */
  value?: string;
}
