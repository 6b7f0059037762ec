import { isOk, type HostOutcome } from '../host/outcome.js';
import { countStatuses } from './summary.js';

/** The machine-readable result: one object, successes before failures, settings under WezTerm's key names. */
export function renderJson(command: string, outcomes: readonly HostOutcome<unknown>[]): string {
  const ordered = [...outcomes.filter(isOk), ...outcomes.filter((o) => !isOk(o))];
  return JSON.stringify({ command, ok: outcomes.every(isOk), summary: countStatuses(outcomes), hosts: ordered }, null, 2) + '\n';
}
