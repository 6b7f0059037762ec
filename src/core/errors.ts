/**
 * Every error wezfleet raises on purpose, in one place. Usage errors end the command (exit 2); the
 * others end one host's task and become that host's outcome (run/run-hosts.ts), never escaping it.
 */

/** The command line or an input file is wrong: the CLI turns it into exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** One line per problem, each as `path: message`. */
  readonly issues: string[];
  constructor(message: string, issues: string[] = []) {
    super(message);
    this.issues = issues;
  }
}

/** wezfleet chose not to touch a host, and says how to fix that: the host is `refused`. */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  constructor(
    readonly reason: string,
    readonly fix: string,
    /** What was learnt before refusing (RAM, profile, the block to paste by hand). */
    readonly detail?: object,
  ) {
    super(reason);
  }
}

/** A step on a host that did not go as expected (a remote script failed): the host is `failed`. */
export class HostStepError extends Error {
  override readonly name = 'HostStepError';
}

/**
 * The inventory's entry for a host cannot be used (an Ansible variable wezfleet cannot resolve): the
 * host is `failed` with the message, before any connection, and the other hosts go on.
 */
export class UnusableHost extends Error {
  override readonly name = 'UnusableHost';
}

/** Why a transport could not run a command. */
export type TransportFailure = 'timeout' | 'aborted' | 'connect' | 'auth' | 'host-key' | 'disconnected' | 'sudo' | 'output';

/** What a command had printed when it was cut, and whether everything it was to be given had been sent. */
export interface CutOutput {
  stdout: Buffer;
  sent: boolean;
}

/** The host could not be reached or a command could not run there: `unreachable`, `failed` or `skipped`. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  /** Set where a running command was cut: what it had said by then (a write's `committed` record, say). */
  cut?: CutOutput;
  constructor(
    readonly kind: TransportFailure,
    message: string,
    /** Transient network trouble that a retry may fix (never auth or host-key failures). */
    readonly transient = false,
  ) {
    super(message);
  }
}

/**
 * A change was sent to a host and the command was cut before the host said whether it made it: the
 * host is `unknown` (never `skipped`), and `wezfleet status` or `plan` tells what is there. The file
 * is the old one or the new one: the rename is the commit point.
 */
export class UnknownOutcome extends Error {
  override readonly name = 'UnknownOutcome';
  constructor(
    /** How the command ended: "cancelled", "the connection closed ...", "timed out after 30s". */
    readonly how: string,
    /** What was known before the cut (the plan), for the report. */
    readonly detail?: object,
  ) {
    super(`${how} after the change was sent, before the host said whether it made it`);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
