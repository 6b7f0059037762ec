import type { AnchorTier, SettingOverrides } from './settings.js';

/** One target host as the inventory (or the default local target) describes it. */
export interface HostSpec {
  name: string;
  /** Installed RAM in GiB, instead of detecting it. */
  ram?: number;
  /** A fixed tier instead of interpolation. */
  profile?: AnchorTier;
  settings?: SettingOverrides;
  /** The config file to manage, instead of WezTerm's lookup. */
  config?: string;
  sudo?: boolean;
  /** Run sudo as this user instead of root. */
  sudoUser?: string;
}
