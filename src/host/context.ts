export type { HostSpec } from '../core/host-spec.js';
import type { LuaEngine } from '../lua/engine.js';
import type { AnchorTier, SettingOverrides } from '../core/settings.js';
import type { AuditLog } from '../log/audit.js';

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
