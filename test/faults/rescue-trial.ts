/**
 * The fault suite's rescue trial: agents in each host's mux, a rescue cut at a random moment on
 * random hosts, then no agent may be lost, the report must match where each agent is, and a rescue
 * run again must finish the job with nothing moved twice.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { RESCUE_LOCK } from '../../src/remote/rescue-steal.js';
import * as C from '../fixtures/configs.js';
import type { FaultFleet, FaultHost, RunResult } from './fault-fleet.js';
import type { TrialResult } from './scenarios.js';

const RT = '/run/user/0/wezterm';
const AGENTS = [
  'claude --dangerously-skip-permissions',
  'codex --full-auto',
  "sh -c 'codex --full-auto; echo the agent ended'",
  'claude --resume',
];

type Agent = { agent: string; pid: number; result: string };

/** Each host: a fresh mux with four agents in it, nothing left of an earlier trial. */
export async function resetRescue(ff: FaultFleet): Promise<void> {
  await Promise.all(
    ff.hosts.map(async (h) => {
      // Only what this suite started, by pid: the tmux server (its reptyrs with it), the mux, the agents.
      await ff.ssh(
        h.name,
        [
          `t=$(tmux display-message -p '#{pid}' 2>/dev/null) && kill "$t"`,
          `[ -r ${RT}/pid ] && kill "$(cat ${RT}/pid)"`,
          `for p in $(cat /root/agents 2>/dev/null); do kill -9 "$p" 2>/dev/null; done`,
          `for i in $(seq 50); do [ -e ${RT}/sock ] || break; sleep 0.1; done; true`,
        ].join('; '),
      );
      await ff.ssh(h.name, `rm -f /root/.wezterm.lua.wezfleet-backup-* && cat > /root/.wezterm.lua`, C.BUILDER);
      await ff.ssh(h.name, `wezterm-mux-server --daemonize && for i in $(seq 50); do [ -S ${RT}/sock ] && exit 0; sleep 0.1; done`);
      h.muxPid = Number((await ff.ssh(h.name, `cat ${RT}/pid`)).trim());
      for (const a of AGENTS) await ff.ssh(h.name, `wezterm cli --no-auto-start spawn -- ${a}`);
    }),
  );
  await sleep(300);
  const planned = await ff.run(['rescue', '--plan']);
  for (const h of ff.hosts) {
    const pids = agentsOf(planned, h).map((a) => a.pid);
    await ff.ssh(h.name, `printf '%s\\n' ${pids.join(' ')} > /root/agents`);
  }
  ff.markAudit();
}

function agentsOf(r: RunResult, h: FaultHost): Agent[] {
  const host = r.json?.hosts.find((x) => x.host === h.name) as { detail?: { agents?: Agent[] } } | undefined;
  return host?.detail?.agents ?? [];
}

/** Where each of the host's agents is: alive, and whether the mux still holds its pty. */
async function whereAgents(ff: FaultFleet, h: FaultHost): Promise<Map<number, { alive: boolean; inMux: boolean }>> {
  const out = await ff.ssh(
    h.name,
    `m=$(cat ${RT}/pid); held=" $(cat /proc/$m/fdinfo/* 2>/dev/null | sed -n 's/^tty-index:[[:space:]]*//p' | tr '\\n' ' ')"; ` +
      `for p in $(cat /root/agents); do t=$(readlink /proc/$p/fd/0 2>/dev/null); n=\${t#/dev/pts/}; ` +
      `if kill -0 $p 2>/dev/null; then a=1; else a=0; fi; case "$held " in *" $n "*) i=1 ;; *) i=0 ;; esac; echo "$p $a $i"; done`,
  );
  return new Map(
    out
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [p, a, i] = l.split(' ');
        return [Number(p), { alive: a === '1', inMux: i === '1' }] as const;
      }),
  );
}

/** Waits until no rescue's moves run on the host (they go on by themselves after a cut). */
async function movesDone(ff: FaultFleet, h: FaultHost): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await ff.ssh(h.name, `flock -n ${RT}/${RESCUE_LOCK} true 2>/dev/null && echo free || echo held`)).trim() === 'free') return;
    await sleep(100);
  }
}

export async function rescueTrial(ff: FaultFleet, rnd: () => number, rescueMs: number): Promise<TrialResult> {
  await resetRescue(ff);
  const timers = ff.hosts.filter(() => rnd() < 0.7).map((h) => setTimeout(() => h.proxy.cutNow(), Math.floor(rnd() * 1.2 * rescueMs)));
  const r = await ff.run(['rescue', '--yes']);
  for (const t of timers) clearTimeout(t);
  const violations: string[] = [];
  if (!r.json) violations.push(`the report is not whole JSON (exit ${r.code})`);
  for (const h of ff.hosts) {
    await movesDone(ff, h);
    const where = await whereAgents(ff, h);
    const status = r.json?.hosts.find((x) => x.host === h.name)?.status ?? 'missing';
    for (const [pid, w] of where) if (!w.alive) violations.push(`${h.name} (${status}): agent ${pid} was lost`);
    const reported = agentsOf(r, h);
    for (const a of reported) {
      if ((a.result === 'rescued' || a.result === 'already rescued') && where.get(a.pid)?.inMux) {
        violations.push(`${h.name}: agent ${a.pid} reported ${a.result}, but the mux still holds its pty`);
      }
    }
    if (status === 'changed' && [...where.values()].some((w) => w.inMux))
      violations.push(`${h.name}: reported changed with agents still in the mux`);
    if ((await ff.ssh(h.name, `kill -0 ${h.muxPid} 2>/dev/null && echo alive; true`)).trim() !== 'alive')
      violations.push(`${h.name}: the mux is gone`);
  }
  // Without faults, a rescue finishes the job: every agent out of the mux, each moved once.
  for (const h of ff.hosts) h.proxy.cutAfter(undefined);
  const again = await ff.run(['rescue', '--yes']);
  if (again.code !== 0) violations.push(`the rescue rerun exited ${again.code}: ${again.stderr.slice(-300)}`);
  for (const h of ff.hosts) {
    const where = await whereAgents(ff, h);
    for (const [pid, w] of where) {
      if (!w.alive) violations.push(`${h.name}: agent ${pid} was lost after the rerun`);
      else if (w.inMux) violations.push(`${h.name}: agent ${pid} is still in the mux after the rerun`);
    }
    const windows = Number(
      (await ff.ssh(h.name, "tmux list-windows -a -F '#{window_name}' 2>/dev/null | grep -c -E -- '-[0-9]+$' || true")).trim(),
    );
    if (windows !== where.size) violations.push(`${h.name}: ${windows} tmux windows for ${where.size} agents (moved twice?)`);
  }
  return { violations, statuses: r.json?.hosts.map((h) => h.status) ?? ['(no report)'] };
}

/** How long a clean rescue takes on this fleet. */
export async function calibrateRescue(ff: FaultFleet): Promise<number> {
  await resetRescue(ff);
  const started = Date.now();
  const r = await ff.run(['rescue', '--yes']);
  if (r.code !== 0) throw new Error(`the calibration rescue failed: ${r.stderr}`);
  return Date.now() - started;
}
