import { TransportError } from '../core/errors.js';
import type { Duplex } from 'node:stream';
import { retryConnect } from '../transport/retry.js';
import ssh2 from 'ssh2';
import { authMethods, type KeyRing } from './credentials.js';
import { skipHostKeysProof } from './host-keys-proof.js';
import { hostKeyAlgorithms, verifyHostKey, type HostKeyPolicy, type HostKeyVerdict, type KnownHostsStore } from './host-key-policy.js';
import { resolveSsh, type ResolvedSsh, type SshConfigSource } from './ssh-config.js';

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

export interface SshContext {
  policy: HostKeyPolicy;
  knownHosts: KnownHostsStore;
  keys: KeyRing;
  sshConfig: SshConfigSource;
  /**
   * Handshake and login deadline given with --connect-timeout, which wins over a host's
   * ConnectTimeout as ssh's own -o does; without it, ConnectTimeout, else 10 s.
   */
  connectTimeoutMs?: number;
  /** The deadline where the host has no ConnectTimeout (the config file's connect_timeout), else 10 s. */
  fallbackConnectTimeoutMs?: number;
  keepaliveMs: number;
  /** A terminal to ask on: the system's ssh may then ask for passwords and passphrases. */
  interactive?: boolean;
  /** Extra attempts after a transient network error (never after an auth or host-key failure). */
  retries: number;
  /** ssh2's protocol trace (packet types and sizes, each command's start; never channel data), at --log-level trace. */
  debug?: (peer: string, line: string) => void;
  /** Told before each retry, so that a host being retried is not silent. */
  onRetry?: (host: string, attempt: number, of: number, err: TransportError) => void;
}

export interface SshConnection {
  client: ssh2.Client;
  /** The jump hosts' clients, closed with it. */
  hops: ssh2.Client[];
  notes: string[];
}

const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE']);

function classify(
  err: Error & { level?: string; code?: string },
  r: ResolvedSsh,
  verdict: HostKeyVerdict | undefined,
  timeoutMs: number,
  tried: string,
): TransportError {
  const where = `${r.user}@${r.hostname}:${r.port}`;
  if (verdict && !verdict.accepted) return new TransportError('host-key', verdict.failure ?? 'host key refused');
  if (err.level === 'client-authentication')
    return new TransportError('auth', `authentication failed for ${where} (tried ${tried || 'no keys'})`);
  if (err.level === 'client-timeout')
    return new TransportError('timeout', `timed out after ${timeoutMs / 1000}s connecting to ${where}`, true);
  if (err.code === 'ECONNREFUSED')
    return new TransportError('connect', `connection refused by ${r.hostname}:${r.port} (no sshd listening?)`, true);
  if (err.code === 'ENOTFOUND') return new TransportError('connect', `cannot resolve ${r.hostname}`);
  return new TransportError(
    'connect',
    `${where}: ${err.message}`,
    TRANSIENT_CODES.has(err.code ?? '') || err.level === 'client-socket' || /handshake|closed/i.test(err.message),
  );
}

/** The login deadline: --connect-timeout, else the host's ConnectTimeout, else the config file's, else 10 s (either transport). */
export function connectTimeoutMs(r: ResolvedSsh, ctx: SshContext): number {
  if (ctx.connectTimeoutMs !== undefined) return ctx.connectTimeoutMs;
  return r.connectTimeoutSeconds ? r.connectTimeoutSeconds * 1000 : (ctx.fallbackConnectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS);
}

function connectOne(r: ResolvedSsh, ctx: SshContext, sock: Duplex | undefined, signal: AbortSignal, notes: string[]): Promise<ssh2.Client> {
  return authMethods(r, ctx.keys).then(({ methods, notes: keyNotes }) => {
    notes.push(...keyNotes);
    if (!methods.length) {
      throw new TransportError(
        'auth',
        `no way to log in to ${r.user}@${r.hostname}: no ssh-agent and none of ${r.identityFiles.join(', ') || 'the identity files'} could be used${keyNotes.length ? ` (${keyNotes.join('; ')})` : ''}`,
      );
    }
    const tried = methods.map((m) => (m.type === 'agent' ? 'ssh-agent' : m.key.comment || 'a key file')).join(', ');
    const timeoutMs = connectTimeoutMs(r, ctx);
    return new Promise<ssh2.Client>((resolve, reject) => {
      const client = new ssh2.Client();
      let verdict: HostKeyVerdict | undefined;
      let settled = false;
      const finish = (err?: TransportError) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        if (err) {
          client.end();
          reject(err);
        } else resolve(client);
      };
      const onAbort = () => finish(new TransportError('aborted', 'cancelled while connecting'));
      signal.addEventListener('abort', onAbort, { once: true });
      client.on('ready', () => {
        // Without TCP_NODELAY every command waits out a delayed ACK: 48 ms instead of 5 (bench/run.ts).
        client.setNoDelay(true);
        finish();
      });
      client.on('error', (err) => finish(classify(err, r, verdict, timeoutMs, tried)));
      // Every connection closes in the end: the error (and its stack) only for one that never logged in.
      client.on('close', () => {
        if (settled) return;
        finish(
          verdict && !verdict.accepted
            ? classify(new Error('host key refused'), r, verdict, timeoutMs, tried)
            : new TransportError('disconnected', `${r.hostname}:${r.port} closed the connection during login`, true),
        );
      });
      client.connect({
        host: r.hostname,
        port: r.port,
        ...(sock ? { sock } : {}),
        username: r.user,
        authHandler: methods,
        readyTimeout: timeoutMs,
        keepaliveInterval: ctx.keepaliveMs,
        keepaliveCountMax: r.serverAliveCountMax || 3,
        ...(ctx.debug ? { debug: (line: string) => ctx.debug!(`${r.user}@${r.hostname}:${r.port}`, line) } : {}),
        algorithms: { serverHostKey: hostKeyAlgorithms(ctx.knownHosts, r) as ssh2.ServerHostKeyAlgorithm[] },
        hostVerifier: (key: Buffer, verify: (ok: boolean) => void) => {
          verifyHostKey(ctx.knownHosts, r, ctx.policy, key).then(
            (v) => {
              verdict = v;
              if (v.note) notes.push(v.note);
              verify(v.accepted);
            },
            (err: Error) => {
              verdict = { accepted: false, failure: `cannot check the host key: ${err.message}` };
              verify(false);
            },
          );
        },
      });
      skipHostKeysProof(client);
    });
  });
}

function forward(client: ssh2.Client, host: string, port: number): Promise<Duplex> {
  return new Promise((resolve, reject) =>
    client.forwardOut('127.0.0.1', 0, host, port, (err, stream) =>
      err ? reject(new TransportError('connect', `jump host cannot reach ${host}:${port}: ${err.message}`, true)) : resolve(stream),
    ),
  );
}

/** `[user@]host[:port]` of a ProxyJump hop. */
export function parseHop(hop: string): { user?: string; host: string; port?: number } {
  const m = /^(?:([^@]+)@)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hop);
  if (!m) throw new TransportError('connect', `cannot read ProxyJump hop ${JSON.stringify(hop)}`);
  const out: { user?: string; host: string; port?: number } = { host: m[2]!.replace(/^\[|\]$/g, '') };
  if (m[1]) out.user = m[1];
  if (m[3]) out.port = Number(m[3]);
  return out;
}

async function connectChain(r: ResolvedSsh, ctx: SshContext, signal: AbortSignal): Promise<SshConnection> {
  const hops = await Promise.all(
    r.proxyJump.map((hop) => {
      const h = parseHop(hop);
      return resolveSsh(h.host, { ...(h.user ? { user: h.user } : {}), ...(h.port ? { port: h.port } : {}) }, ctx.sshConfig);
    }),
  );
  const clients: ssh2.Client[] = [];
  const notes: string[] = [];
  let sock: Duplex | undefined;
  try {
    for (const [i, hop] of hops.entries()) {
      const client = await connectOne(hop, ctx, sock, signal, notes);
      clients.push(client);
      const next = hops[i + 1] ?? r;
      sock = await forward(client, next.hostname, next.port);
    }
    const client = await connectOne(r, ctx, sock, signal, notes);
    return { client, hops: clients, notes };
  } catch (err) {
    for (const c of clients) c.end();
    throw err;
  }
}

/**
 * Connects as OpenSSH would (every jump host's key verified too), retrying transient network errors
 * a bounded number of times with jittered backoff. Authentication and host-key failures are final.
 */
export function connectSsh(r: ResolvedSsh, ctx: SshContext, signal: AbortSignal): Promise<SshConnection> {
  if (r.proxyCommand)
    return Promise.reject(
      new TransportError('connect', `ssh2 cannot run a ProxyCommand (${r.proxyCommand}): use --transport auto or openssh, or ProxyJump`),
    );
  return retryConnect(() => connectChain(r, ctx, signal), {
    retries: ctx.retries,
    signal,
    ...(ctx.onRetry ? { onRetry: (attempt: number, of: number, err: TransportError) => ctx.onRetry!(r.alias, attempt, of, err) } : {}),
  });
}
