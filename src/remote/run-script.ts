import { readAsset } from '../assets.js';
import { HostStepError } from '../errors.js';
import type { ExecRequest, ExecResult, Transport } from '../transport/transport.js';
import { parseRecords, type Records } from './records.js';

/** How any remote call runs: its deadline, Ctrl-C, and the host's sudo. One type for every call. */
export interface RemoteOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  sudo?: ExecRequest['sudo'];
}

/** Each script in src/remote/sh, and what it is doing, for the message when it fails. */
const SCRIPTS = {
  facts: 'reading host facts',
  'read-config': 'reading the config',
  'write-config': 'writing the config',
  'read-file': 'reading a backup',
  'restart-mux': 'restarting the mux',
  'ptrace-scope': 'handling kernel.yama.ptrace_scope',
  'rescue-scan': 'looking for the agents to rescue',
  'rescue-steal': 'moving the agents into tmux',
  'rescue-install': 'installing reptyr and tmux',
} as const;

export type ScriptName = keyof typeof SCRIPTS;

const cache = new Map<ScriptName, string>();

/** A remote script with the shared prelude in front. */
export function remoteScript(name: ScriptName): string {
  let script = cache.get(name);
  if (!script) {
    script = [readAsset('remote/sh/prelude.sh'), readAsset(`remote/sh/${name}.sh`)].join('\n');
    cache.set(name, script);
  }
  return script;
}

/** The remote scripts report their own refusals as a `wezfleet-error` record and exit 3. */
export function expectSuccess(res: ExecResult, what: string): Records {
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
