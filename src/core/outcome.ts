export type OkStatus = 'changed' | 'unchanged' | 'would-change' | 'ok';
type BadStatus = 'refused' | 'failed' | 'unknown' | 'unreachable' | 'skipped';
export type HostStatus = OkStatus | BadStatus;

/**
 * One host's result: a value, whatever happened there. `refused` means wezfleet chose not to touch the
 * host (and says how to fix that); `failed` means something went wrong there; `unreachable` that it
 * could not be reached at all; `unknown` that a change was sent and the command was cut before the host
 * said whether it made it; `skipped` that nothing was sent.
 */
export type HostOutcome<D> =
  | { host: string; status: OkStatus; durationMs: number; detail: D; notes?: string[]; transport?: TransportKind }
  | {
      host: string;
      status: BadStatus;
      durationMs: number;
      reason: string;
      fix?: string;
      detail?: Partial<D>;
      notes?: string[];
      transport?: TransportKind;
    };

/** How the host was reached: this machine's sh, ssh2 (built in) or the system's OpenSSH client. */
export type TransportKind = 'local' | 'ssh2' | 'openssh';

export const isOk = <D>(o: HostOutcome<D>): o is Extract<HostOutcome<D>, { status: OkStatus }> =>
  o.status === 'changed' || o.status === 'unchanged' || o.status === 'would-change' || o.status === 'ok';
