import type { ExecResult } from '../transport/transport.js';
import { parseRecords } from './records.js';

/** A step on a host that did not go as expected; the host's outcome carries its message. */
export class HostStepError extends Error {
  override readonly name = 'HostStepError';
}

/** The remote scripts report their own refusals as a `wezfleet-error` record and exit 3. */
export function expectSuccess(res: ExecResult, what: string): void {
  if (res.code === 0) return;
  const reported = parseRecords(res.stdout).get('wezfleet-error');
  if (reported) throw new HostStepError(reported);
  const detail = res.stderr.trim().split('\n').slice(-3).join(' / ') || 'no error output';
  const how = res.code === null ? `was killed by ${res.signal}` : `exited with ${res.code}`;
  throw new HostStepError(`${what} ${how}: ${detail}`);
}
