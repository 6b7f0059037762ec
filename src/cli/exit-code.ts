import { CommanderError } from 'commander';
import { Refusal, UsageError } from '../core/errors.js';
import { isOk, type HostOutcome } from '../core/outcome.js';

/**
 * The only place that decides exit codes: 0 all ok, 1 some host failed, 2 usage or inventory error;
 * 3 only for `plan --detailed-exitcode`: every host ok and some would change.
 */
const EXIT = { ok: 0, hostFailed: 1, usage: 2, changesPending: 3 } as const;

export function exitCodeFor(outcomes: readonly HostOutcome<unknown>[], o: { detailed?: boolean } = {}): number {
  if (!outcomes.every(isOk)) return EXIT.hostFailed;
  return o.detailed && outcomes.some((h) => h.status === 'would-change') ? EXIT.changesPending : EXIT.ok;
}

/** The exit codes as --help shows them. */
export const EXIT_CODES_HELP = `Exit codes:
  0  every host ok
  1  some host failed, was refused, unknown or unreachable
  2  usage, inventory or config file error (nothing was done)`;

/** The exit codes of a command that reaches no host (config, completion), with what its 2 means. */
export const exitLocalHelp = (usage: string) => `Exit codes:\n  0  done\n  2  ${usage}`;

/** The last line of every exit code list. */
export const EXIT_INTERRUPTED_HELP = '  130, 143  interrupted by Ctrl-C or SIGTERM (the report, written whole, says what each host did)';

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
  // `wezfleet hosts` resolves every host itself: a refusal there (ssh_config) ends the command, fix and all.
  if (err instanceof Refusal) return `wezfleet: ${err.reason}\n  fix: ${err.fix}`;
  if (err instanceof Error) return `wezfleet: ${err.message}`;
  return `wezfleet: ${String(err)}`;
}
