import type { RunningMux } from '../remote/gather-facts.js';
import { expectSuccess } from '../remote/expect-success.js';
import { parseRecords } from '../remote/records.js';
import { remoteScript } from '../remote/scripts.js';
import type { Transport } from '../transport/transport.js';

export type ReloadState = 'loaded' | 'not loaded yet' | 'reload failed' | 'no mux running' | 'not checked';

export interface ReloadResult {
  state: ReloadState;
  /** The mux's error line, for `reload failed`; why, for `not checked`. */
  detail?: string;
}

/**
 * Proof that the running mux evaluated the block just written: its log_info marker, carrying the
 * block's hash, appears in the mux log after the write. A config error there instead means the mux
 * kept its previous values. No restart is involved: the mux hot-reloads its config file.
 */
export async function waitForReload(
  t: Transport,
  mux: RunningMux | undefined,
  hash: string,
  o: { timeoutMs: number; waitMs: number; signal?: AbortSignal; sudo?: boolean },
): Promise<ReloadResult> {
  if (!mux) return { state: 'no mux running', detail: 'the mux loads the new config when it starts' };
  if (!mux.log) return { state: 'not checked', detail: 'the mux keeps no log file wezfleet can read' };
  const tenths = Math.ceil(o.waitMs / 100);
  const res = await t.exec({
    script: remoteScript('wait-reload'),
    args: [mux.log.path, String(mux.log.size), hash, String(tenths)],
    timeoutMs: o.timeoutMs + o.waitMs,
    ...(o.signal ? { signal: o.signal } : {}),
    sudo: o.sudo ?? false,
  });
  expectSuccess(res, 'waiting for the mux to reload');
  const r = parseRecords(res.stdout);
  const result = r.get('result');
  if (result === 'loaded') return { state: 'loaded' };
  if (result === 'failed') return { state: 'reload failed', detail: (r.get('error') ?? '').replace(/^\S+\s+ERROR\s+/, '') };
  return { state: 'not loaded yet', detail: `no marker within ${o.waitMs / 1000}s (a mux started before its config file existed does not watch for it: restart it)` };
}
