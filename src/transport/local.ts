import { TransportError } from '../core/errors.js';
import { runProcess } from './run-process.js';
import type { ExecRequest, ExecResult, Transport } from './transport.js';

export interface LocalTransportOptions {
  host?: string;
  /** Environment for the scripts; tests point HOME at a scratch directory. */
  env?: NodeJS.ProcessEnv;
}

/** This machine, through /bin/sh. */
export class LocalTransport implements Transport {
  readonly kind = 'local';
  readonly host: string;
  readonly #env: NodeJS.ProcessEnv;

  constructor(options: LocalTransportOptions = {}) {
    this.host = options.host ?? 'localhost';
    this.#env = options.env ?? process.env;
  }

  exec(req: ExecRequest): Promise<ExecResult> {
    if (req.sudo) {
      return Promise.reject(
        new TransportError('sudo', 'sudo is only supported for SSH hosts; run wezfleet as the user that owns the config'),
      );
    }
    return runProcess('/bin/sh', ['-c', req.script, 'wezfleet', ...(req.args ?? [])], req, { env: this.#env, what: '/bin/sh' });
  }

  async close(): Promise<void> {}
}
