import { createServer, connect, type Socket } from 'node:net';

export interface CuttingProxy {
  port: number;
  /** Bytes the client has sent through the proxy since the last reset. */
  sent(): number;
  /** Cut every connection once the client has sent this many bytes (undefined: never). */
  cutAfter(bytes: number | undefined): void;
  /** Cut every open connection now, wherever it is (a reload wait, a reply on its way). */
  cutNow(): void;
  /** Stop (or start again) passing bytes either way, leaving the connections open: a hung host. */
  stall(on: boolean): void;
  close(): Promise<void>;
}

/** A TCP relay on a loopback address that drops the connection mid-stream, like a failing network. */
export async function startCuttingProxy(listenHost: string, target: { host: string; port: number }): Promise<CuttingProxy> {
  let sent = 0;
  let limit: number | undefined;
  let stalled = false;
  const sockets = new Set<Socket>();
  const pairs = new Set<() => void>();
  const server = createServer((client) => {
    const upstream = connect(target);
    sockets.add(client).add(upstream);
    const cut = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(cut);
    };
    pairs.add(cut);
    const pause = () => {
      if (stalled) {
        client.pause();
        upstream.pause();
      }
    };
    client.on('data', (chunk: Buffer) => {
      if (limit !== undefined && sent + chunk.length > limit) {
        const allowed = Math.max(0, limit - sent);
        sent += allowed;
        upstream.write(chunk.subarray(0, allowed), cut);
        return;
      }
      sent += chunk.length;
      upstream.write(chunk);
      pause();
    });
    upstream.on('data', (chunk: Buffer) => {
      client.write(chunk);
      pause();
    });
    pause();
    client.on('error', cut).on('close', cut);
    upstream.on('error', cut).on('close', cut);
  });
  await new Promise<void>((resolve) => server.listen(0, listenHost, resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    sent: () => sent,
    cutAfter: (bytes) => {
      sent = 0;
      limit = bytes;
    },
    cutNow: () => {
      for (const cut of [...pairs]) cut();
    },
    stall: (on) => {
      stalled = on;
      for (const s of sockets) {
        if (on) s.pause();
        else if (!s.destroyed) s.resume();
      }
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
