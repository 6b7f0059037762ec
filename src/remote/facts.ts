import type { ConfigEnv } from '../config/locate-config.js';
import type { RamFacts } from '../ram/parse-ram.js';
import type { Transport } from '../transport/transport.js';
import { parseRecords, type Records } from './records.js';
import { parseMuxProbe, type MuxProbe } from './mux-probe.js';
import { runScript, type RemoteOptions } from './run-script.js';
import { PTRACE_STATE_FILE } from './ptrace-scope.js';

/** One round trip's worth of what a host is: who we are there, its memory, the running mux, its config. */
export interface RunningMux {
  pid: number;
  env: ConfigEnv;
  /** Its environment entries a restart must keep (config lookup, runtime dir, log level). */
  keepEnv: string[];
  /** Its whole environment: what its config reads with os.getenv (the config check's answers). */
  environ: Record<string, string>;
  /** Its process log, where a reload's proof appears (the write measures where its own lines start). */
  log?: { path: string };
}

export interface HostFacts {
  os: string;
  hostname: string;
  user: string;
  uid: number;
  /** The login environment's values that decide the config path. */
  login: ConfigEnv;
  /** The running mux server's own environment and --config-file, when one is running. */
  mux?: RunningMux;
  ram: RamFacts;
  /**
   * The config as the same round trip found and read it: the candidate paths the host computed and
   * read_config's records. Used only when configCandidates() agrees on the paths.
   */
  config: { paths: string[]; moduleDirs: string[]; records: Records };
  /** The mux probe, where it was asked for. */
  probe?: MuxProbe;
}

export interface FactsRequest {
  /** A config file that replaces WezTerm's lookup. */
  configOverride?: string;
  /** Also probe the mux (status, restart); `panes` asks the mux for its pane list. */
  probe?: { panes: boolean; logLines: number };
}

function envFrom(get: (name: string) => string | undefined, home: string): ConfigEnv {
  const env: ConfigEnv = { home };
  for (const name of ['WEZTERM_CONFIG_FILE', 'XDG_CONFIG_HOME', 'XDG_CONFIG_DIRS'] as const) {
    const value = get(name);
    if (value) env[name] = value;
  }
  return env;
}

/** `--config-file PATH` or `--config-file=PATH` in a \x01-separated command line. */
export function configFileFromCmdline(cmdline: string): string | undefined {
  const argv = cmdline.split('\x01');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--config-file') return argv[i + 1];
    if (a.startsWith('--config-file=')) return a.slice('--config-file='.length);
  }
  return undefined;
}

export function parseFacts(out: Buffer | Records): HostFacts {
  const r = Buffer.isBuffer(out) ? parseRecords(out) : out;
  const home = r.get('home') ?? '';
  const sysfsOnline = r.get('sysfs.online');
  const ram: RamFacts = {};
  const os = r.get('os') ?? '';
  if (os) ram.os = os;
  if (r.has('lsmem')) ram.lsmem = r.get('lsmem')!;
  if (r.has('sysfs.block') && sysfsOnline !== undefined) {
    ram.sysfsBlockSizeHex = r.get('sysfs.block')!;
    ram.sysfsOnlineBlocks = Number(sysfsOnline);
  }
  if (r.has('meminfo')) ram.meminfo = r.get('meminfo')!;
  if (r.has('sysctl')) ram.sysctlMemsize = r.get('sysctl')!;

  const facts: HostFacts = {
    os,
    hostname: r.get('hostname') ?? '',
    user: r.get('user') ?? '',
    uid: Number(r.get('uid') ?? -1),
    login: envFrom((n) => r.get(`env.${n}`), home),
    ram,
    config: { paths: r.all.get('candidate') ?? [], moduleDirs: r.all.get('moddir') ?? [], records: r },
  };
  const mux = runningMuxFrom(r, home);
  if (mux) facts.mux = mux;
  return facts;
}

const KEEP_ON_RESTART = ['WEZTERM_CONFIG_FILE', 'XDG_CONFIG_HOME', 'XDG_CONFIG_DIRS', 'XDG_RUNTIME_DIR', 'WEZTERM_LOG'];

/** The running mux from facts.sh's `mux.pid`, `mux.cmdline`, `mux.environ` and `mux.log` records. */
function runningMuxFrom(r: Records, home: string): RunningMux | undefined {
  const pid = Number(r.get('mux.pid'));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const environ = new Map(
    (r.get('mux.environ') ?? '').split('\x01').flatMap((kv) => {
      const eq = kv.indexOf('=');
      return eq > 0 ? [[kv.slice(0, eq), kv.slice(eq + 1)] as const] : [];
    }),
  );
  const env = envFrom((n) => environ.get(n), environ.get('HOME') || home);
  const configFileArg = configFileFromCmdline(r.get('mux.cmdline') ?? '');
  if (configFileArg) env.configFileArg = configFileArg;
  const mux: RunningMux = {
    pid,
    env,
    keepEnv: KEEP_ON_RESTART.filter((k) => environ.has(k)).map((k) => `${k}=${environ.get(k)}`),
    environ: Object.fromEntries(environ),
  };
  const log = r.get('mux.log');
  if (log) mux.log = { path: log };
  return mux;
}

/** facts.sh's arguments for a request. */
export function factsArgs(req: FactsRequest): string[] {
  return [req.configOverride ?? '-', ...(req.probe ? [req.probe.panes ? '1' : '0', String(req.probe.logLines), PTRACE_STATE_FILE] : [])];
}

/** The host's facts, its config in effect and, if asked, the mux probe: one round trip. */
export async function gatherFacts(t: Transport, o: RemoteOptions, req: FactsRequest = {}): Promise<HostFacts> {
  const r = await runScript(t, 'facts', factsArgs(req), o);
  const facts = parseFacts(r);
  if (req.probe) facts.probe = parseMuxProbe(r);
  return facts;
}
