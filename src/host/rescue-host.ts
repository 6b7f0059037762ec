import { Refusal, UnknownOutcome } from '../core/errors.js';
import type { AgentPattern } from '../mux/agents.js';
import { ptraceScope } from '../remote/ptrace-scope.js';
import { restartMux } from '../remote/restart-mux.js';
import { paneSessions, scanForRescue, type PaneSession, type RescueScan } from '../remote/rescue-scan.js';
import { RESCUE_LOCK, stealIntoTmux } from '../remote/rescue-steal.js';
import type { RemoteOptions } from '../remote/run-script.js';
import { installHint, installTools } from '../remote/rescue-install.js';
import type { Transport } from '../transport/transport.js';
import { applyHost, type ApplyDetail } from './apply-host.js';
import { configEvents } from '../mux/log-lines.js';
import { execOptions, factsOf } from './config-in-effect.js';
import type { HostSpec, RunOptions } from './context.js';
import type { OkStatus } from '../core/outcome.js';

/** The tmux session agents go to unless `rescue --session` names another. */
export const DEFAULT_RESCUE_SESSION = 'rescue';

export interface RescueRequest {
  agentPatterns: AgentPattern[];
  allPanes: boolean;
  session: string;
  /** Preflight and discovery only. */
  plan: boolean;
  restartMux: boolean;
  /** Go on without proof that the mux loaded Hold; restart the mux even where a steal failed. */
  force: boolean;
  /** Per steal, how long to wait for the facts that prove it. */
  stealWaitMs: number;
  /** Install missing reptyr and tmux with the host's package manager, through sudo. */
  install?: boolean;
}

type AgentResult = 'would rescue' | 'rescued' | 'already rescued' | `failed: ${string}` | `skipped: ${string}` | `unknown: ${string}`;

export interface RescuedAgent {
  agent: string;
  pid: number;
  tty: string;
  result: AgentResult;
  /** The tmux window it is in (or will be). */
  window?: string;
}

export interface RescueDetail {
  muxPid?: number;
  agents: RescuedAgent[];
  /** `during`: what the moves ran under, where this run lowered it. */
  ptraceScope: { before: number | 'absent'; during?: number; after: number | 'absent' };
  hold: 'proven' | 'not needed' | `not proven: ${string}` | 'not tried';
  muxRestarted: boolean;
  /** Whose tmux holds the windows, where that is not the login user: reached with sudo (-u). */
  tmuxUser?: string;
  /** What is left to do by hand, if anything (the Hold line, a failed agent). */
  next: string[];
}

/** Step 1: what must hold before anything on the host is touched. */
function preflight(scan: RescueScan): void {
  const missing = (['reptyr', 'tmux'] as const).filter((tool) => !scan.tools[tool]);
  if (missing.length) {
    const how = installHint(scan.packageManager);
    throw new Refusal(
      `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not installed; nothing was changed`,
      `run \`${how}\` on the host, or rescue again with --install`,
    );
  }
  if (scan.yama === 3) {
    throw new Refusal(
      'kernel.yama.ptrace_scope is 3: no process may ptrace another until a reboot, so reptyr cannot take the agents; nothing was changed',
      'there is no way to move them out of this mux before a reboot',
    );
  }
}

/** The agents a previous rescue already moved: their windows, with the same process still running. */
function alreadyRescued(scan: RescueScan): RescuedAgent[] {
  return scan.windows.flatMap((w) => {
    const m = /^(.+)-(\d+)$/.exec(w.name);
    if (!m || w.dead) return [];
    const agent = scan.processes.find((p) => p.pid === Number(m[2]));
    if (!agent || agent.start !== w.agentStart) return [];
    return [
      {
        agent: m[1]!,
        pid: agent.pid,
        tty: agent.pty === undefined ? '' : `/dev/pts/${agent.pty}`,
        result: 'already rescued' as const,
        window: w.name,
      },
    ];
  });
}

/**
 * Whether reptyr, run as `uid`, needs ptrace_scope lowered: scopes 1 and 2 stop a user's reptyr from
 * attaching to the mux, not root's (CAP_SYS_PTRACE); 3 stops everyone and is refused in preflight.
 */
export function ptraceNeedsLowering(scope: number | 'absent', uid: number): boolean {
  return (scope === 1 || scope === 2) && uid !== 0;
}

/**
 * Puts back the ptrace_scope a rescue saved, once the host's moves (which go on after a Ctrl-C or a
 * cut) have ended, or after `movesWaitMs`; not cancelled by Ctrl-C, since it must still run then.
 */
async function restorePtrace(
  t: Transport,
  remote: RemoteOptions,
  scan: RescueScan,
  movesWaitMs: number,
  detail: RescueDetail,
): Promise<void> {
  const uncancellable = { ...remote };
  delete uncancellable.signal;
  const restored = await ptraceScope(t, 'restore', {
    ...uncancellable,
    sudo: 'root',
    ...(scan.runtimeDir ? { movesLock: `${scan.runtimeDir}/${RESCUE_LOCK}`, movesWaitMs } : {}),
  });
  detail.ptraceScope.after = restored.restored ?? restored.scope;
  if (restored.unwaited) detail.next.push(`ptrace_scope was put back while ${restored.unwaited}`);
}

const row = (p: PaneSession, result: AgentResult, window?: string): RescuedAgent => ({
  agent: p.agent,
  pid: p.pid,
  tty: `/dev/pts/${p.pty}`,
  result,
  ...(window ? { window } : {}),
});

/**
 * Whether the running mux loaded the Hold block: the write's own reload proof, or, where the block
 * was already there (a rescue before this one), its marker as the last config the mux log shows.
 */
async function holdProof(t: Transport, spec: HostSpec, o: RunOptions, status: OkStatus, d: ApplyDetail): Promise<RescueDetail['hold']> {
  if (status === 'unchanged') {
    const probe = (await factsOf(t, spec, o, { panes: false, logLines: 2000 })).probe!;
    const events = configEvents(probe.logLines);
    return events.lastLoadedHash === d.blockHash && !events.errorAfter
      ? 'proven'
      : 'not proven: the mux log does not show the Hold block loaded';
  }
  const r = d.reload;
  return r?.state === 'loaded' ? 'proven' : `not proven: ${r?.state ?? 'no reload'}${r?.detail ? ` (${r.detail})` : ''}`;
}

/**
 * Moves every agent out of the host's mux into tmux: preflight, discovery from /proc, Hold loaded and
 * proven, ptrace_scope lowered only if it must be (and put back whatever happens), one `reptyr -T`
 * per pty, each verified by facts; then, if asked and every agent made it, a new mux and the normal block.
 */
export async function rescueHost(
  t: Transport,
  spec: HostSpec,
  o: RunOptions,
  req: RescueRequest,
): Promise<{ status: OkStatus; detail: RescueDetail }> {
  const remote = execOptions(spec, o);
  let scan = await scanForRescue(t, req.session, remote);
  if (req.install && !req.plan && (!scan.tools.reptyr || !scan.tools.tmux) && scan.packageManager) {
    await installTools(t, scan.packageManager, remote);
    scan = await scanForRescue(t, req.session, remote);
  }
  preflight(scan);
  const detail: RescueDetail = {
    agents: alreadyRescued(scan),
    ptraceScope: { before: scan.yama, after: scan.yama },
    hold: 'not tried',
    muxRestarted: false,
    next: [],
  };
  if (scan.muxPid) detail.muxPid = scan.muxPid;
  if (spec.sudo) detail.tmuxUser = spec.sudoUser ?? 'root';
  const panes = scan.muxPid ? paneSessions(scan, req.agentPatterns, req.allPanes) : [];
  if (req.plan || !panes.length) {
    detail.agents.push(...panes.map((p) => row(p, 'would rescue', `${p.agent}-${p.pid}`)));
    if (!req.plan && scan.yamaSaved !== undefined) {
      // An earlier rescue was cut off after lowering ptrace_scope: finish its job.
      await restorePtrace(t, remote, scan, 30_000, detail);
      return { status: 'changed', detail };
    }
    return { status: panes.length ? 'would-change' : 'unchanged', detail };
  }

  // Hold first: the EOF the mux reads when reptyr takes a pty then kills nothing.
  const held = await applyHost(t, spec, { ...o, hold: true, onlyDrifted: false, reloadWaitMs: Math.max(o.reloadWaitMs, 5000) });
  detail.hold = await holdProof(t, spec, o, held.status, held.detail);
  if (detail.hold !== 'proven' && !req.force) {
    detail.agents.push(...panes.map((p) => row(p, 'skipped: the mux did not prove it loaded exit_behavior = "Hold"')));
    detail.next.push(
      'the mux did not load Hold in time; if its main thread is hung it cannot kill the agents either: rescue again with --force',
    );
    throw new Refusal(
      `the mux did not prove it loaded exit_behavior = "Hold" (${detail.hold}); no agent was moved`,
      'rescue again with --force if the mux is hung',
      detail,
    );
  }

  let lowering = false;
  let unknown: string | undefined;
  try {
    lowering = ptraceNeedsLowering(scan.yama, scan.uid);
    if (lowering) {
      const lowered = await ptraceScope(t, 'lower', { ...remote, sudo: 'root' });
      if (lowered.lowered !== undefined) detail.ptraceScope.during = 0;
    }
    const { results, cut } = await stealIntoTmux(t, req.session, panes, { ...remote, waitMs: req.stealWaitMs });
    for (const p of panes) {
      const r = results.find((x) => x.pid === p.pid);
      detail.agents.push(
        !r
          ? row(p, cut ? `unknown: ${cut} before this move was reported` : 'failed: no answer from the steal')
          : r.rescued
            ? row(p, 'rescued', r.window)
            : row(p, `failed: ${r.reason}`),
      );
    }
    if (cut) unknown = `moving the agents: ${cut}`;
  } finally {
    // Put back what this run lowered, or what an interrupted run before it lowered and saved.
    if (lowering || scan.yamaSaved !== undefined) {
      await restorePtrace(t, remote, scan, panes.length * (req.stealWaitMs + 3000) + 30_000, detail);
    }
  }

  // A move cut before it reported: `status` tells where each agent is now.
  if (unknown) throw new UnknownOutcome(unknown, detail);
  const failed = detail.agents.filter((a) => a.result.startsWith('failed'));
  if (req.restartMux && (!failed.length || req.force)) {
    const facts = await factsOf(t, spec, o);
    await restartMux(t, facts.mux, remote);
    detail.muxRestarted = true;
    // The new mux loads the normal block: the Hold line goes back out.
    await applyHost(t, spec, { ...o, hold: false, onlyDrifted: false });
  } else {
    detail.next.push('the managed block still holds exit_behavior = "Hold": `wezfleet apply` writes the normal block');
  }
  if (failed.length) {
    throw new Refusal(
      `${failed.length} of ${panes.length} agents could not be moved: ${failed.map((a) => `${a.agent} ${a.pid}: ${a.result.slice(8)}`).join('; ')}`,
      "see each agent's reason; the mux was left running",
      detail,
    );
  }
  return { status: 'changed', detail };
}
