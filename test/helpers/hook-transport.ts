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
