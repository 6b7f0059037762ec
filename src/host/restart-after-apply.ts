import { isOk, type HostOutcome } from '../core/outcome.js';
import type { ApplyDetail } from './apply-host.js';
import type { RestartDetail } from './restart-host.js';

/**
 * apply --restart, decided: the hosts whose config changed and whose running mux did not load it.
 * Never where the new config failed to load (a mux started on it would run on built-in defaults):
 * those get the refusal in their detail.
 */
export function hostsToRestart(applied: readonly HostOutcome<ApplyDetail>[]): Set<string> {
  for (const o of applied) {
    if (o.status === 'changed' && o.detail.reload?.state === 'reload failed') {
      o.detail.restart = {
        refused: 'not restarted: the new config failed to load, and a mux started on it would run on built-in defaults',
      };
    }
  }
  return new Set(applied.filter((o) => o.status === 'changed' && o.detail.reload?.state === 'not loaded yet').map((o) => o.host));
}

/** Each restart's result into its host's apply detail. */
export function noteRestarts(applied: readonly HostOutcome<ApplyDetail>[], restarted: readonly HostOutcome<RestartDetail>[]): void {
  for (const r of restarted) {
    const o = applied.find((a) => a.host === r.host);
    if (!o || o.status !== 'changed') continue;
    o.detail.restart = isOk(r)
      ? { ...(r.detail.oldPid !== undefined ? { oldPid: r.detail.oldPid } : {}), newPid: r.detail.newPid }
      : { refused: r.reason };
  }
}
