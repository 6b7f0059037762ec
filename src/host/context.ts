import type { LuaEngine } from '../lua/engine.js';
import type { AnchorTier } from '../profile/anchors.js';
import type { SettingOverrides } from '../profile/overrides.js';
import type { AuditLog } from '../log/audit.js';

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

/** What the command line says for every host; it wins over the inventory. */
export interface RunOptions {
  ram?: number;
  profile?: AnchorTier;
  settings: SettingOverrides;
  config?: string;
  keepBackups: number;
  /** rescue: the block carries `exit_behavior = "Hold"`. */
  hold?: boolean;
  /** apply: only hosts whose block no longer matches their RAM. */
  onlyDrifted?: boolean;
  /** apply: how long to wait for the running mux to log the new block's marker (0: don't check). */
  reloadWaitMs: number;
  /** Deadline for each remote command. */
  commandTimeoutMs: number;
  signal: AbortSignal;
  engine: LuaEngine;
  audit: AuditLog;
  now: () => Date;
}
