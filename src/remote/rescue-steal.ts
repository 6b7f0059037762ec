import type { Transport } from '../transport/transport.js';
import type { Records } from './records.js';
import type { PaneSession } from './rescue-scan.js';
import { PTRACE_SCOPE_PATH, PTRACE_STATE_FILE } from './ptrace-scope.js';
import { runChange, type RemoteOptions } from './run-script.js';

/** The lock, in the mux's runtime directory, that the moves hold; given to rescue-steal.sh. */
export const RESCUE_LOCK = 'wezfleet-rescue.lock';

export type StealResult = { pid: number; rescued: true; window: string } | { pid: number; rescued: false; reason: string };

export function parseSteal(r: Records): StealResult[] {
  return (r.all.get('result') ?? []).map((line) => {
    const [pid, verdict, ...rest] = line.split(' ');
    return verdict === 'rescued'
      ? { pid: Number(pid), rescued: true as const, window: rest.join(' ') }
      : { pid: Number(pid), rescued: false as const, reason: rest.join(' ').trim() };
  });
}

/**
 * Moves each session into its own tmux window with `reptyr -T`, one after another, each verified by
 * facts. A cancel lets the moves finish; cut any other way, the results are those it gave by then
 * (`cut` says how), and the other agents' fate is not known here.
 */
export async function stealIntoTmux(
  t: Transport,
  session: string,
  panes: readonly PaneSession[],
  o: RemoteOptions & { waitMs: number },
): Promise<{ results: StealResult[]; cut?: string }> {
  const { waitMs, ...remote } = o;
  const args = [
    session,
    String(Math.ceil(waitMs / 100)),
    PTRACE_SCOPE_PATH,
    PTRACE_STATE_FILE,
    RESCUE_LOCK,
    ...panes.flatMap((p) => [String(p.pid), p.start, String(p.pty), p.agent]),
  ];
  const { records, cut } = await runChange(t, 'rescue-steal', args, {
    ...remote,
    timeoutMs: remote.timeoutMs + panes.length * (waitMs + 2000),
  });
  return { results: parseSteal(records), ...(cut ? { cut: cut.message } : {}) };
}
