import { createServer, connect, type Socket } from 'node:net';

export interface CuttingProxy {
  port: number;
  /** Bytes the client has sent through the proxy since the last reset. */
  sent(): number;
  /** Cut every connection once the client has sent this many bytes (undefined: never). */
  cutAfter(bytes: number | undefined): void;
  close(): Promise<void>;
}

/** A TCP relay on a loopback address that drops the connection mid-stream, like a failing network. */
export async function startCuttingProxy(listenHost: string, target: { host: string; port: number }): Promise<CuttingProxy> {
  let sent = 0;
  let limit: number | undefined;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target);
    sockets.add(client).add(upstream);
    const cut = () => {
      client.destroy();
      upstream.destroy();
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
    });
    upstream.pipe(client);
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
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
