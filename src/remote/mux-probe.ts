import { parseProcesses, type ProcessInfo } from '../mux/agents.js';
import { parseLogLines, type LogLine } from '../mux/log-lines.js';
import { parseRecords, type Records } from './records.js';

/** A pane as `wezterm cli list --format json` reports it (the fields wezfleet uses). */
export interface PaneInfo {
  pane_id: number;
  tty_name: string;
  title?: string;
  cwd?: string;
  workspace?: string;
}

interface MuxProcess {
  pid: number;
  uptimeSeconds: number;
  rssKb: number;
  fds: number;
}

export interface MuxProbe {
  socket: boolean;
  /** The systemd user unit that manages the mux, where there is one. */
  systemdUnit?: string;
  mux?: MuxProcess;
  logLines: LogLine[];
  /** Undefined when panes were not asked for, or when asking failed (see panesError). */
  panes?: PaneInfo[];
  panesError?: string;
  processes: ProcessInfo[];
  load: [number, number, number];
  cores: number;
  /** Agents a rescue moved into tmux: its session (rescue --session), window, pid and whether it still runs. */
  rescued: { session: string; window: string; pid: number; alive: boolean }[];
  /** The ptrace_scope an interrupted rescue lowered and has not put back yet: the value it had. */
  ptraceSaved?: number;
  memTotalKb: number;
  memAvailableKb: number;
}

export function parsePanes(json: string): PaneInfo[] {
  const parsed = JSON.parse(json) as unknown;
  if (!Array.isArray(parsed)) throw new Error('wezterm cli list did not return a list');
  return parsed.flatMap((p: Record<string, unknown>) =>
    typeof p.pane_id === 'number' && typeof p.tty_name === 'string' ? [p as unknown as PaneInfo] : [],
  );
}

/** Seconds since a process started: field 22 of /proc/PID/stat is in clock ticks since boot. */
export function processAgeSeconds(stat: string, uptime: string, clockTicks: number): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const started = Number(fields[19]) / clockTicks;
  return Math.max(0, Math.round(Number(uptime.split(' ')[0]) - started));
}

/** The mux probe's records (mux_probe in sh/lib/mux.sh, run by facts.sh when asked). */
export function parseMuxProbe(out: Buffer | Records): MuxProbe {
  const r = Buffer.isBuffer(out) ? parseRecords(out) : out;
  const kb = (re: RegExp, text: string) => Number(re.exec(text)?.[1] ?? 0);
  const meminfo = r.get('meminfo') ?? '';
  const load = (r.get('loadavg') ?? '0 0 0').split(' ').slice(0, 3).map(Number) as [number, number, number];
  const probe: MuxProbe = {
    socket: r.has('sock'),
    logLines: parseLogLines(r.has('log.cut') ? wholeLines(r.get('log.tail') ?? '') : (r.get('log.tail') ?? '')),
    processes: parseProcesses(r.get('ps') ?? ''),
    load,
    cores: Number(r.get('cores') ?? 1),
    rescued: (r.all.get('rescued') ?? []).map((line) => {
      const [window = '', pid, alive, ...session] = line.split(' ');
      return { session: session.join(' '), window, pid: Number(pid), alive: alive === '1' };
    }),
    memTotalKb: kb(/MemTotal:\s+(\d+)/, meminfo),
    memAvailableKb: kb(/MemAvailable:\s+(\d+)/, meminfo),
  };
  const unit = r.get('unit');
  if (unit) probe.systemdUnit = unit;
  const saved = r.get('ptrace.saved');
  if (saved) probe.ptraceSaved = Number(saved);
  const pid = Number(r.get('mux.pid'));
  if (Number.isInteger(pid) && pid > 0) {
    probe.mux = {
      pid,
      uptimeSeconds: processAgeSeconds(r.get('mux.stat') ?? '', r.get('uptime') ?? '0', Number(r.get('clk') ?? 100)),
      rssKb: kb(/VmRSS:\s+(\d+)/, r.get('mux.rss') ?? ''),
      fds: Number(r.get('mux.fds') ?? 0),
    };
  }
  const panes = r.get('panes');
  if (panes !== undefined) {
    try {
      probe.panes = parsePanes(panes);
    } catch (err) {
      probe.panesError = `wezterm cli list: ${(err as Error).message}`;
    }
  }
  const panesError = r.get('panes.error');
  if (panesError !== undefined) probe.panesError = panesError.trim() || 'wezterm cli list failed';
  return probe;
}

/** A log tail cut by bytes (mux_probe's `log.cut`): its first line may be a part, so it goes. */
function wholeLines(tail: string): string {
  const nl = tail.indexOf('\n');
  return nl < 0 ? '' : tail.slice(nl + 1);
}
