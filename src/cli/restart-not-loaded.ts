import type { HostOutcome } from '../core/outcome.js';
import type { ApplyDetail } from '../host/apply-host.js';
import { hostsToRestart, noteRestarts } from '../host/restart-after-apply.js';
import { restartHost } from '../host/restart-host.js';
import type { AgentPattern } from '../mux/agents.js';
import { confirmAgentLoss } from './confirm-agents.js';
import type { Session } from './session.js';

/**
 * apply --restart: restarts where host/restart-after-apply.ts says, and, unless forced or
 * confirmed on a terminal, never where agents run. Results go into each host's apply detail.
 */
export async function restartWhereNotLoaded(
  session: Session,
  applied: HostOutcome<ApplyDetail>[],
  patterns: AgentPattern[],
  force: boolean,
): Promise<void> {
  const names = hostsToRestart(applied);
  const targets = session.targets.filter((t) => names.has(t.spec.name));
  if (!targets.length) return;
  const accepted = force ? names : await confirmAgentLoss(session, targets, patterns);
  const restarted = await session.forEachHost(
    (t, spec) => restartHost(t, spec, session.run, { force: accepted?.has(spec.name) ?? false, agentPatterns: patterns }),
    targets,
  );
  noteRestarts(applied, restarted);
}
