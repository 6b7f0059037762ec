import type { TransportKind } from '../core/outcome.js';

/**
 * How wezfleet reaches a host. Everything it does there is a POSIX sh script with quoted positional
 * arguments and optional stdin, so the local machine and an SSH host run exactly the same code.
 */
export interface ExecRequest {
  script: string;
  args?: readonly string[];
  stdin?: Buffer | string;
  /** Deadline for the whole command; the transport stops it and fails with "timed out after Ns". */
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * Through sudo: `true` as the host's inventory says (root, or its `sudo_user`); `'root'` as root
   * whatever `sudo_user` says, for the few steps only root can do (a sysctl, a package install).
   */
  sudo?: boolean | 'root';
  /** Keeps stdin open after `stdin`, for a second step decided from the first one's output. */
  secondStep?: SecondStep;
  /**
   * The command changes the host. Once everything it needs is sent (stdin; a two-step command's second
   * step), a cancel does not cut it: it runs on until `commit` shows in its output (the change is made
   * and said so), or it ends, within its deadline. Cut any other way, its failure carries what it had
   * printed (TransportError.cut), so the caller can tell a change made from one not known.
   */
  effect?: { commit?: Buffer };
}

/**
 * A command in two steps on one channel: the script prints `marker` when it has said what the
 * client needs and waits on stdin; `resume` gets the output before the marker and answers what to
 * send next (undefined: nothing); stdin then closes. A `resume` that throws closes stdin too, and
 * the command fails with its error once the script has ended.
 */
export interface SecondStep {
  marker: Buffer;
  resume(before: Buffer): Promise<Buffer | undefined>;
  /**
   * The deadline of the second step, counted from `resume`'s answer. `timeoutMs` is the first step's,
   * up to the marker; none runs while `resume` works (its own remote calls have theirs).
   */
  timeoutMs: number;
  /** What the second step's deadline is made of, for its message ("3 s for the write, 10 s for the reload"). */
  timeoutWhat?: string;
}

export interface ExecResult {
  /** Exit status, or null when the command died from a signal. */
  code: number | null;
  signal: string | null;
  stdout: Buffer;
  stderr: string;
}

export interface Transport {
  /** The host's name as the user knows it (the inventory name, or "localhost"). */
  readonly host: string;
  /** Which transport this is, as reports show it. */
  readonly kind?: TransportKind;
  exec(request: ExecRequest): Promise<ExecResult>;
  close(): Promise<void>;
  /** What connecting had to say (a host key recorded, a key file skipped), shown with the host's result. */
  readonly notes?: readonly string[];
  /** False once the connection has dropped (undefined: it cannot tell). */
  readonly open?: boolean;
}
