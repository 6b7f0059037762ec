import { hashInMarker } from '../config/block.js';
import { parseLogLines } from '../mux/log-lines.js';
import type { RunningMux } from './facts.js';
import type { Records } from './records.js';

type ReloadState = 'loaded' | 'not loaded yet' | 'reload failed' | 'no mux running' | 'not checked';

export interface ReloadResult {
  state: ReloadState;
  /** The mux's error line, for `reload failed`; why, for `not checked`. */
  detail?: string;
}

/**
 * Proof that the running mux evaluated the block just written: its log_info marker, carrying the
 * block's hash, appears in the mux log after the write (wait_reload in sh/lib/reload.sh, run by
 * write-config.sh in the write's own round trip). A config error there instead means the mux kept
 * its previous values. No restart is involved: the mux hot-reloads its config file.
 */
export function parseReload(r: Records, waitMs: number, hash: string): ReloadResult {
  const result = r.get('reload');
  if (result === 'loaded') {
    // The host found the line; the same parser as a rerun's decides that it proves the load.
    const [line] = parseLogLines(r.get('reload.line') ?? '');
    if (line?.level === 'INFO' && hashInMarker(line.message) === hash) return { state: 'loaded' };
    return { state: 'not loaded yet', detail: `the mux log's line is not a marker of block ${hash}: ${r.get('reload.line') ?? ''}` };
  }
  if (result === 'failed') return { state: 'reload failed', detail: (r.get('reload.error') ?? '').replace(/^\S+\s+ERROR\s+/, '') };
  return {
    state: 'not loaded yet',
    detail: `no marker within ${waitMs / 1000}s: the mux may be busy or hung (see \`wezfleet status\`), or it does not watch this file (a mux started before its config existed: restart it once its agents are safe)`,
  };
}

/** Why a reload cannot be proven on this host, or undefined when it can (a mux with a log). */
export function reloadUncheckable(mux: RunningMux | undefined): ReloadResult | undefined {
  if (!mux) return { state: 'no mux running', detail: 'the mux loads the new config when it starts' };
  if (!mux.log) return { state: 'not checked', detail: 'the mux keeps no log file wezfleet can read' };
  return undefined;
}
