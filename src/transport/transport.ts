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
  exec(request: ExecRequest): Promise<ExecResult>;
  close(): Promise<void>;
  /** What connecting had to say (a host key recorded, a key file skipped), shown with the host's result. */
  readonly notes?: readonly string[];
  /** False once the connection has dropped (undefined: it cannot tell). */
  readonly open?: boolean;
}
