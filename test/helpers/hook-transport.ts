import { LocalTransport } from '../../src/transport/local.js';
import type { ExecRequest, ExecResult, Transport } from '../../src/transport/transport.js';

/** Wraps a transport so a test can act between wezfleet's steps or tamper with what a step sends. */
export class HookTransport implements Transport {
  constructor(
    readonly inner: Transport,
    readonly hook: (req: ExecRequest) => Promise<ExecRequest | ExecResult> | ExecRequest | ExecResult,
  ) {}

  get host(): string {
    return this.inner.host;
  }

  async exec(req: ExecRequest): Promise<ExecResult> {
    const next = await this.hook(req);
    return 'script' in next ? this.inner.exec(next) : next;
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/**
 * This machine with HOME at `home`, recording the name of every remote script it runs (from its
 * `# Usage: NAME.sh` line), so a test can count a command's round trips.
 */
export function countingTransport(home: string, env: NodeJS.ProcessEnv = {}): { t: HookTransport; calls: string[] } {
  const calls: string[] = [];
  const t = new HookTransport(new LocalTransport({ env: { PATH: process.env.PATH, HOME: home, ...env } }), (req) => {
    calls.push(req.script.slice(req.script.indexOf('# Usage: ') + 9).split(' ')[0]!);
    return req;
  });
  return { t, calls };
}
