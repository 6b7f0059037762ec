import type { AgentPattern } from '../mux/agents.js';
import type { Transport } from '../transport/transport.js';
import type { Records } from './records.js';
import { runScript, type RemoteOptions } from './run-script.js';
import { PTRACE_SCOPE_PATH, PTRACE_STATE_FILE } from './ptrace-scope.js';

/** A process as /proc/PID/stat shows it (start time in clock ticks since boot, to tell a reused pid). */
interface ProcEntry {
  pid: number;
  ppid: number;
  pgrp: number;
  sid: number;
  /** The pts index of its controlling terminal, or undefined for none or another kind of tty. */
  pty?: number;
  start: string;
  args?: string;
}

export interface RescueScan {
  muxPid?: number;
  /** pts index -> the mux's fd holding its master. */
  muxPtys: Map<number, number>;
  processes: ProcEntry[];
  tools: { reptyr: boolean; tmux: boolean };
  packageManager?: string;
  yama: number | 'absent';
  /** Who the rescue runs as on the host (root may ptrace whatever the Yama scope below 3). */
  uid: number;
  /** The mux's runtime directory, where the rescue keeps its lock and record. */
  runtimeDir?: string;
  /** A ptrace_scope an earlier, interrupted rescue lowered and saved, still to be put back. */
  yamaSaved?: number;
  /** The rescue session's windows: index, name, the pid running in it (reptyr), whether it exited, and the agent's start time. */
  windows: { index: number; name: string; pid: number; dead: boolean; agentStart?: string }[];
}

/** /proc's tty_nr for /dev/pts/N (majors 136-143; minors past 255 in the high bits). */
export function ptyIndexOf(ttyNr: number): number | undefined {
  const major = (ttyNr >> 8) & 0xfff;
  const minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
  return major >= 136 && major <= 143 ? (major - 136) * 256 + minor : undefined;
}

export function parseRescueScan(r: Records): RescueScan {
  const args = new Map(
    (r.all.get('args') ?? []).map((line) => {
      const sp = line.indexOf(' ');
      return [Number(line.slice(0, sp)), line.slice(sp + 1).trimEnd()] as const;
    }),
  );
  const processes = (r.all.get('proc') ?? []).map((line): ProcEntry => {
    const [pid, ppid, pgrp, sid, ttyNr, start] = line.split(' ');
    const p: ProcEntry = { pid: Number(pid), ppid: Number(ppid), pgrp: Number(pgrp), sid: Number(sid), start: start ?? '' };
    const pty = ptyIndexOf(Number(ttyNr));
    if (pty !== undefined) p.pty = pty;
    const a = args.get(p.pid);
    if (a !== undefined) p.args = a;
    return p;
  });
  const tools = new Set(r.all.get('tool') ?? []);
  const yama = r.get('yama');
  const scan: RescueScan = {
    muxPtys: new Map(
      (r.all.get('mux.pty') ?? []).map((line) => {
        const [fd, index] = line.split(' ').map(Number);
        return [index!, fd!] as const;
      }),
    ),
    processes,
    tools: { reptyr: tools.has('reptyr'), tmux: tools.has('tmux') },
    yama: yama === undefined || yama === 'absent' ? 'absent' : Number(yama),
    uid: Number(r.get('uid') ?? -1),
    windows: (r.get('tmux.windows') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [index, name, pid, dead, start] = line.split(' ');
        const w: RescueScan['windows'][number] = { index: Number(index), name: name ?? '', pid: Number(pid), dead: dead === '1' };
        if (start) w.agentStart = start;
        return w;
      }),
  };
  const mux = Number(r.get('mux.pid'));
  if (Number.isInteger(mux) && mux > 0) scan.muxPid = mux;
  const saved = r.get('yama.saved');
  if (saved !== undefined && saved !== '') scan.yamaSaved = Number(saved);
  const dir = r.get('rescue.dir');
  if (dir) scan.runtimeDir = dir;
  const pm = r.get('pkg');
  if (pm) scan.packageManager = pm;
  return scan;
}

export async function scanForRescue(t: Transport, session: string, o: RemoteOptions & { yamaPath?: string }): Promise<RescueScan> {
  const { yamaPath, ...remote } = o;
  return parseRescueScan(await runScript(t, 'rescue-scan', [yamaPath ?? PTRACE_SCOPE_PATH, session, PTRACE_STATE_FILE], remote));
}

/** One pty of the mux with a live process in it: what one `reptyr -T` takes. */
export interface PaneSession {
  pty: number;
  agent: string;
  /** The process reptyr is pointed at: the matched agent (the one nearest the session leader). */
  pid: number;
  start: string;
  args: string;
  /** Every process on that pty (a wrapper and its child, a shell and the agent it started). */
  pids: number[];
}

/**
 * The sessions to move out of the mux: one per pty whose master the mux holds (from /proc, not from
 * the mux's socket), with an agent in it, or any live process with `allPanes`.
 */
export function paneSessions(scan: RescueScan, patterns: readonly AgentPattern[], allPanes: boolean): PaneSession[] {
  const out: PaneSession[] = [];
  for (const pty of [...scan.muxPtys.keys()].sort((a, b) => a - b)) {
    const onPty = scan.processes
      .filter((p) => p.pty === pty && p.pid !== scan.muxPid)
      .sort((a, b) => Number(b.pid === b.sid) - Number(a.pid === a.sid) || a.pid - b.pid);
    if (!onPty.length) continue;
    const pids = onPty.map((p) => p.pid);
    const matched = onPty.map((p) => ({ p, m: patterns.find((a) => a.pattern.test(p.args ?? '')) })).find((x) => x.m);
    if (matched) {
      out.push({ pty, agent: matched.m!.name, pid: matched.p.pid, start: matched.p.start, args: matched.p.args ?? '', pids });
    } else if (allPanes) {
      const leader = onPty[0]!;
      const name = (leader.args ?? '').split(' ')[0]!.replace(/^.*\//, '') || 'pane';
      out.push({ pty, agent: name, pid: leader.pid, start: leader.start, args: leader.args ?? '', pids });
    }
  }
  return out;
}
