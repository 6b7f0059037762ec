import { isOk, type HostOutcome } from '../core/outcome.js';
import { countStatuses, successesFirst } from './summary.js';

/**
 * The version of every --json document's shape (README: JSON output). Raised only when a field is
 * removed or changes meaning; new fields may appear within a version.
 */
const JSON_SCHEMA_VERSION = 2;

/** Any --json document: the schema version first, then the command's own fields. */
export function renderJsonDocument(command: string, fields: Record<string, unknown>): string {
  return JSON.stringify({ schema: JSON_SCHEMA_VERSION, command, ...fields }, null, 2) + '\n';
}

/** The machine-readable result: one object, successes before failures, settings under WezTerm's key names. */
export function renderJson(command: string, outcomes: readonly HostOutcome<unknown>[]): string {
  return renderJsonDocument(command, { ok: outcomes.every(isOk), summary: countStatuses(outcomes), hosts: successesFirst(outcomes) });
}
