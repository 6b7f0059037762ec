import { CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import { isOk, type HostOutcome } from '../host/outcome.js';

/** The only place that decides exit codes: 0 all ok, 1 some host failed, 2 usage or inventory error. */
export const EXIT = { ok: 0, hostFailed: 1, usage: 2 } as const;

export function exitCodeFor(outcomes: readonly HostOutcome<unknown>[]): number {
  return outcomes.every(isOk) ? EXIT.ok : EXIT.hostFailed;
}

export function exitCodeForError(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (err instanceof UsageError) return EXIT.usage;
  return EXIT.hostFailed;
}

/** The message for an error that ended the whole command, every issue on its own line as `path: message`. */
export function formatFatal(err: unknown): string {
  if (err instanceof UsageError) {
    return [`wezfleet: ${err.message}`, ...err.issues.map((i) => `  ${i}`)].join('\n');
  }
  if (err instanceof Error) return `wezfleet: ${err.message}`;
  return `wezfleet: ${String(err)}`;
}
