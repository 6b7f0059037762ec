import type { ApplyDetail } from '../host/apply-host.js';
import { isOk, type HostOutcome } from '../host/outcome.js';
import { restartHost } from '../host/restart-host.js';
import type { AgentPattern } from '../mux/agents.js';
import { confirmAgentLoss } from './confirm-agents.js';
import type { Session } from './session.js';

/**
 * apply --restart: only hosts whose config changed and whose running mux did not load it. Never
 * where the new config failed to load (a mux started on it would run on built-in defaults), and,
 * unless forced or confirmed on a terminal, never where agents run. Results go into each host's
 * apply detail.
 */
export async function restartWhereNotLoaded(
  session: Session,
  applied: HostOutcome<ApplyDetail>[],
  patterns: AgentPattern[],
  force: boolean,
): Promise<void> {
  for (const o of applied) {
    if (o.status === 'changed' && o.detail.reload?.state === 'reload failed') {
      o.detail.restart = {
        refused: 'not restarted: the new config failed to load, and a mux started on it would run on built-in defaults',
      };
    }
  }
  const names = new Set(applied.filter((o) => o.status === 'changed' && o.detail.reload?.state === 'not loaded yet').map((o) => o.host));
  const targets = session.targets.filter((t) => names.has(t.spec.name));
  if (!targets.length) return;
  const accepted = force ? names : await confirmAgentLoss(session, targets, patterns);
  const restarted = await session.forEachHost(
    (t, spec) => restartHost(t, spec, session.run, { force: accepted?.has(spec.name) ?? false, agentPatterns: patterns }),
    targets,
  );
  for (const r of restarted) {
    const o = applied.find((a) => a.host === r.host);
    if (!o || o.status !== 'changed') continue;
    o.detail.restart = isOk(r)
      ? { ...(r.detail.oldPid !== undefined ? { oldPid: r.detail.oldPid } : {}), newPid: r.detail.newPid }
      : { refused: r.reason };
  }
}
