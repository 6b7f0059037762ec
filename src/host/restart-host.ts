import { Refusal } from '../core/errors.js';
import { findAgents, type AgentPattern, type PaneAgent } from '../mux/agents.js';
import type { HostFacts } from '../remote/facts.js';
import { restartMux, type MuxRestart } from '../remote/restart-mux.js';
import type { Transport } from '../transport/transport.js';
import { execOptions, factsOf } from './config-in-effect.js';
import type { HostSpec, RunOptions } from './context.js';
import { type OkStatus } from '../core/outcome.js';

export interface RestartDetail extends MuxRestart {
  oldPid?: number;
  /** Agents that were running in the old mux (they died with it; only with --force). */
  agents: PaneAgent[];
}

export interface RestartRequest {
  /** Restart even where agents run in the mux. */
  force: boolean;
  agentPatterns: AgentPattern[];
}

/** The agents running in a host's mux right now (none when no mux runs). */
export async function agentsInMux(
  t: Transport,
  spec: HostSpec,
  o: RunOptions,
  patterns: AgentPattern[],
): Promise<{ facts: HostFacts; agents: PaneAgent[]; panesError?: string }> {
  const f = await factsOf(t, spec, o, { panes: true, logLines: 0 });
  const probe = f.probe!;
  if (!f.mux) return { facts: f, agents: [] };
  if (!probe.panes) {
    // Without a pane list, the mux's own children and their ttys still say where agents run.
    const children = probe.processes.filter((p) => p.ppid === f.mux!.pid && p.tty !== '?');
    const panes = children.map((p, i) => ({ pane_id: i, tty_name: `/dev/${p.tty}` }));
    const out: { facts: HostFacts; agents: PaneAgent[]; panesError?: string } = {
      facts: f,
      agents: findAgents(panes, probe.processes, patterns),
    };
    if (probe.panesError) out.panesError = probe.panesError;
    return out;
  }
  return { facts: f, agents: findAgents(probe.panes, probe.processes, patterns) };
}

export function describeAgents(agents: readonly PaneAgent[]): string {
  const byKind = new Map<string, number>();
  for (const a of agents) byKind.set(a.agent, (byKind.get(a.agent) ?? 0) + 1);
  return [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
}

/**
 * Restarts the user's mux without surprises: never by process name, refusing where agents run
 * (they die with their panes) unless forced. The remote script does the stop, start and wait.
 */
export async function restartHost(
  t: Transport,
  spec: HostSpec,
  o: RunOptions,
  req: RestartRequest,
): Promise<{ status: OkStatus; detail: RestartDetail }> {
  const { facts, agents } = await agentsInMux(t, spec, o, req.agentPatterns);
  if (agents.length && !req.force) {
    throw new Refusal(
      `${agents.length} agent${agents.length === 1 ? ' is' : 's are'} running in this mux (${describeAgents(agents)}); a restart kills every pane and the agents in them`,
      'move them out first with `wezfleet rescue` (README: Rescue), or pass --force to restart anyway',
      { agents },
    );
  }
  const mux = facts.mux;
  const detail: RestartDetail = { ...(await restartMux(t, mux, execOptions(spec, o))), agents };
  if (mux) detail.oldPid = mux.pid;
  return { status: 'changed', detail };
}
