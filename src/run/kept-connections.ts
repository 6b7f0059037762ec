import type { Target } from './run-hosts.js';
import type { Transport } from '../transport/transport.js';

/**
 * Connections held open between two passes over the same hosts (apply on a terminal: plan, ask, then
 * write), so each host is connected to once. While `keeping`, a task's close() puts its transport
 * aside instead of closing it; the next connect to that host takes it back, unless it has dropped.
 */
export class KeptConnections {
  keeping = false;
  readonly #open = new Map<string, Transport>();

  wrap(target: Target): Target {
    const name = target.spec.name;
    return {
      spec: target.spec,
      connect: async (signal) => {
        const kept = this.#open.get(name);
        this.#open.delete(name);
        if (kept && kept.open !== false) return this.#lend(name, kept);
        await kept?.close().catch(() => undefined);
        return this.#lend(name, await target.connect(signal));
      },
    };
  }

  #lend(name: string, t: Transport): Transport {
    return {
      host: t.host,
      ...(t.kind ? { kind: t.kind } : {}),
      get notes() {
        return t.notes;
      },
      get open() {
        return t.open;
      },
      exec: (req) => t.exec(req),
      close: async () => {
        if (this.keeping) this.#open.set(name, t);
        else await t.close();
      },
    };
  }

  async closeAll(): Promise<void> {
    const all = [...this.#open.values()];
    this.#open.clear();
    await Promise.all(all.map((t) => t.close().catch(() => undefined)));
  }
}
