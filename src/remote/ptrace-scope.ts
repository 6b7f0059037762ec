import type { Transport } from '../transport/transport.js';
import type { Records } from './records.js';
import { runScript, type RemoteOptions } from './run-script.js';

/** Yama's sysctl; hosts without the Yama LSM have no such file (ptrace then works as usual). */
export const PTRACE_SCOPE_PATH = '/proc/sys/kernel/yama/ptrace_scope';

/** Where a rescue saves the value it lowered: root's, on tmpfs, so a reboot resets ptrace_scope and forgets the saved value together. */
export const PTRACE_STATE_FILE = '/run/wezfleet-rescue-ptrace-scope';

export interface PtraceScope {
  /** The value now, or 'absent' without Yama. */
  scope: number | 'absent';
  /** A value a rescue lowered and has not put back yet (from the host's state file). */
  saved?: number;
  /** What this call did. */
  lowered?: number;
  restored?: number;
  /** Why a restore did not wait for the moves to end. */
  unwaited?: string;
}

export function parsePtraceScope(r: Records): PtraceScope {
  const scope = r.get('scope');
  const out: PtraceScope = { scope: scope === undefined || scope === 'absent' ? 'absent' : Number(scope) };
  for (const key of ['saved', 'lowered', 'restored'] as const) {
    const v = r.get(key);
    if (v !== undefined) out[key] = Number(v);
  }
  const unwaited = r.get('unwaited');
  if (unwaited) out.unwaited = unwaited;
  return out;
}

/**
 * Reads, lowers (1 or 2 to 0, the old value saved on the host first) or restores ptrace_scope. A
 * scope of 3 is refused: it cannot be lowered before a reboot. A restore given `movesLock` first
 * waits, up to `movesWaitMs`, for the rescue holding that lock to end its moves.
 */
export async function ptraceScope(
  t: Transport,
  action: 'get' | 'lower' | 'restore',
  o: RemoteOptions & { path?: string; stateFile?: string; movesLock?: string; movesWaitMs?: number },
): Promise<PtraceScope> {
  const { path = PTRACE_SCOPE_PATH, stateFile = PTRACE_STATE_FILE, movesLock, movesWaitMs = 0, ...remote } = o;
  const args = [path, stateFile, action];
  if (movesLock) args.push(movesLock, String(Math.ceil(movesWaitMs / 1000)));
  return parsePtraceScope(await runScript(t, 'ptrace-scope', args, { ...remote, timeoutMs: remote.timeoutMs + movesWaitMs }));
}
