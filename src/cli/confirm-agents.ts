import { isOk } from '../core/outcome.js';
import { agentsInMux, describeAgents } from '../host/restart-host.js';
import type { AgentPattern } from '../mux/agents.js';
import type { Target } from '../run/run-hosts.js';
import { canPrompt, confirmChange } from './confirm.js';
import type { Session } from './session.js';

/**
 * Asks before restarting where agents run: how many will die, on which hosts. Returns the hosts
 * whose agents the user accepted to lose (all of them with --force; none without a terminal).
 */
export async function confirmAgentLoss(
  session: Session,
  targets: readonly Target[],
  patterns: AgentPattern[],
): Promise<Set<string> | undefined> {
  const found = await session.forEachHost(
    async (t, spec) => ({ status: 'ok' as const, detail: await agentsInMux(t, spec, session.run, patterns) }),
    targets,
  );
  const withAgents = found.filter((o) => isOk(o) && o.detail.agents.length);
  if (!withAgents.length || !canPrompt()) return new Set();
  const total = withAgents.reduce((n, o) => n + (isOk(o) ? o.detail.agents.length : 0), 0);
  const where = withAgents
    .map((o) => (isOk(o) ? `${o.host} (${o.detail.agents.length}: ${describeAgents(o.detail.agents)})` : ''))
    .join(', ');
  const go = await confirmChange(
    `Restarting kills every pane: ${total} agent${total === 1 ? '' : 's'} will die on ${where}. To keep them, move them out first with wezfleet rescue. Restart anyway?`,
    { yes: false, what: 'restart' },
  );
  return go ? new Set(withAgents.map((o) => o.host)) : undefined;
}
