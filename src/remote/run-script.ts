import { randomBytes } from 'node:crypto';
import { readAsset } from '../core/assets.js';
import { HostStepError, TransportError } from '../core/errors.js';
import type { ExecRequest, ExecResult, Transport } from '../transport/transport.js';
import { parseRecords, type Records } from './records.js';

/** How any remote call runs: its deadline, Ctrl-C, and the host's sudo. One type for every call. */
export interface RemoteOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  sudo?: ExecRequest['sudo'];
}

/** Each script in src/remote/sh, and what it is doing, for the message when it fails. */
export const SCRIPTS = {
  facts: 'reading host facts',
  'read-config': 'reading the config',
  'write-config': 'writing the config',
  'read-file': 'reading a backup',
  'restart-mux': 'restarting the mux',
  'ptrace-scope': 'handling kernel.yama.ptrace_scope',
  'rescue-scan': 'looking for the agents to rescue',
  'rescue-steal': 'moving the agents into tmux',
  'rescue-install': 'installing reptyr and tmux',
  'facts-write': 'reading host facts, then writing the config',
} as const;

export type ScriptName = keyof typeof SCRIPTS;

/** The files of src/remote/sh a script is made of: its own, or a chain run in one shell. */
const PARTS: Partial<Record<ScriptName, string[]>> = { 'facts-write': ['two-step-wait', 'facts', 'two-step-resume', 'write-config'] };

/** The library's parts (src/remote/sh/lib), in the order they go in front of a script. */
const LIBRARY = ['records', 'hash', 'ids', 'mux', 'reload', 'config', 'ptrace'] as const;

/** What a script or library part says it needs, on its `# needs:` line. */
const needsOf = (text: string) => /^# needs:(.*)$/m.exec(text)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];

/**
 * The library parts `names` need, and the parts those need, in LIBRARY's order: each script carries
 * only what it uses (fewer bytes on every exec, and a smaller script to read).
 */
function libraryFor(names: readonly string[]): string[] {
  const wanted = new Set<string>();
  const add = (n: string) => {
    if (wanted.has(n)) return;
    if (!(LIBRARY as readonly string[]).includes(n)) throw new Error(`wezfleet: no remote library part ${n}`);
    wanted.add(n);
    for (const m of needsOf(readAsset(`remote/sh/lib/${n}.sh`))) add(m);
  };
  for (const n of names) add(n);
  return LIBRARY.filter((n) => wanted.has(n));
}

/** Library parts as one text, for tests that call their functions. */
export function remoteLibrary(names: readonly string[]): string {
  return libraryFor(names)
    .map((n) => readAsset(`remote/sh/lib/${n}.sh`))
    .join('\n');
}

const cache = new Map<ScriptName, string>();

/** A remote script with the library parts it declares in front. */
export function remoteScript(name: ScriptName): string {
  let script = cache.get(name);
  if (!script) {
    const parts = (PARTS[name] ?? [name]).map((p) => readAsset(`remote/sh/${p}.sh`));
    script = [remoteLibrary(parts.flatMap(needsOf)), ...parts].join('\n');
    cache.set(name, script);
  }
  return script;
}

/** The remote scripts report their own refusals as a `wezfleet-error` record and exit 3. */
function expectSuccess(res: ExecResult, what: string): Records {
  const records = parseRecords(res.stdout);
  if (res.code === 0) return records;
  const reported = records.get('wezfleet-error');
  if (reported) throw new HostStepError(reported);
  const detail = res.stderr.trim().split('\n').slice(-3).join(' / ') || 'no error output';
  const how = res.code === null ? `was killed by ${res.signal}` : `exited with ${res.code}`;
  throw new HostStepError(`${what} ${how}: ${detail}`);
}

/**
 * The one way wezfleet runs something on a host: a script from src/remote/sh with quoted positional
 * arguments (and stdin), its records parsed, a failure turned into a HostStepError naming the step.
 */
export async function runScript(
  t: Transport,
  name: ScriptName,
  args: readonly string[],
  o: RemoteOptions & { stdin?: Buffer | string },
): Promise<Records> {
  const res = await t.exec({ script: remoteScript(name), args, ...o });
  return expectSuccess(res, SCRIPTS[name]);
}

/** What a command that changes the host said: its records, and, where it was cut, how. */
export interface ChangeResult {
  records: Records;
  /** The command was cut after it was given everything: `records` are what it said by then. */
  cut?: TransportError;
}

/** The records a cut command had printed (after `from`), or the error again where nothing was sent. */
function afterCut(err: unknown, from: Buffer | undefined, what: string): ChangeResult {
  if (!(err instanceof TransportError) || !err.cut?.sent) throw err;
  const out = err.cut.stdout;
  const at = from ? out.indexOf(from) : -1;
  const records = parseRecords(from ? (at < 0 ? Buffer.alloc(0) : out.subarray(at + from.length)) : out);
  const reported = records.get('wezfleet-error');
  if (reported) throw new HostStepError(reported);
  if (from && at < 0) throw new HostStepError(`${what}: the script ended before it had read the facts`);
  return { records, cut: err };
}

/**
 * A script that changes the host (ExecRequest.effect): a cancel lets it finish, up to `commit` (its
 * record that the change is made); cut by a cancel, a deadline or a dropped connection, it returns
 * what it had said, for the caller to tell a change made from one not known.
 */
export async function runChange(
  t: Transport,
  name: ScriptName,
  args: readonly string[],
  o: RemoteOptions & { stdin?: Buffer | string; commit?: Buffer },
): Promise<ChangeResult> {
  const { commit, ...rest } = o;
  try {
    const res = await t.exec({ script: remoteScript(name), args, ...rest, effect: commit ? { commit } : {} });
    return { records: expectSuccess(res, SCRIPTS[name]) };
  } catch (err) {
    return afterCut(err, undefined, SCRIPTS[name]);
  }
}

/**
 * A chained script (PARTS) in two steps on one channel (see SecondStep): `resume` gets the first
 * step's records and answers what to send next, or undefined to end there. The first line of stdin
 * is a secret the script prints when the first step is done; the records after it are returned
 * (none when nothing was sent). `resumeTimeoutMs` is the second step's deadline. The second step
 * changes the host: as runChange, a cancel lets it finish up to `commit`, and a cut after it was
 * sent returns what it had said.
 */
export async function runTwoStepScript(
  t: Transport,
  name: ScriptName,
  args: readonly string[],
  o: RemoteOptions & { resumeTimeoutMs: number; resumeTimeoutWhat?: string; commit?: Buffer },
  resume: (first: Records) => Promise<Buffer | undefined>,
): Promise<ChangeResult> {
  const secret = randomBytes(16).toString('hex');
  const marker = Buffer.from(`\0wezfleet-step-${secret}\0`);
  const { resumeTimeoutMs, resumeTimeoutWhat, commit, ...options } = o;
  let res;
  try {
    res = await t.exec({
      script: remoteScript(name),
      args,
      ...options,
      stdin: `${secret}\n`,
      secondStep: {
        marker,
        timeoutMs: resumeTimeoutMs,
        ...(resumeTimeoutWhat ? { timeoutWhat: resumeTimeoutWhat } : {}),
        resume: (before) => resume(parseRecords(before)),
      },
      effect: commit ? { commit } : {},
    });
  } catch (err) {
    return afterCut(err, marker, SCRIPTS[name]);
  }
  const at = res.stdout.indexOf(marker);
  if (at < 0) {
    expectSuccess(res, SCRIPTS[name]);
    throw new HostStepError(`${SCRIPTS[name]}: the script ended before it had read the facts`);
  }
  return { records: expectSuccess({ ...res, stdout: res.stdout.subarray(at + marker.length) }, SCRIPTS[name]) };
}
