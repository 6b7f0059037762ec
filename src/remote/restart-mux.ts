import type { Transport } from '../transport/transport.js';
import type { RunningMux } from './facts.js';
import type { Records } from './records.js';
import { UnknownOutcome } from '../core/errors.js';
import { runChange, type RemoteOptions } from './run-script.js';

export interface MuxRestart {
  newPid: number;
  via: 'systemd' | 'direct';
  /** The old mux ignored SIGTERM and was sent SIGKILL. */
  killed: boolean;
}

export function parseRestart(r: Records): MuxRestart {
  return { newPid: Number(r.get('newpid')), via: r.get('via') === 'systemd' ? 'systemd' : 'direct', killed: r.has('killed') };
}

/**
 * Stops the running mux by its pid (or its systemd unit) and starts one that outlives the session.
 * A cancel lets a restart that has begun finish (a mux stopped and not started again is worse than
 * a wait); cut any other way, whether the new mux runs is `unknown`.
 */
export async function restartMux(t: Transport, mux: RunningMux | undefined, o: RemoteOptions): Promise<MuxRestart> {
  const args = [mux ? String(mux.pid) : '-', '50', '150', mux?.env.configFileArg ?? '-', ...(mux?.keepEnv ?? [])];
  // Up to 5 s for SIGTERM, 5 s more after SIGKILL or for the pid file's lock, 15 s for the new socket.
  const { records, cut } = await runChange(t, 'restart-mux', args, { ...o, timeoutMs: o.timeoutMs + 25_000 });
  if (cut) throw new UnknownOutcome(`restarting the mux: ${cut.message}`);
  return parseRestart(records);
}
