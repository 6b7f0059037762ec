import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TransportError } from '../core/errors.js';
import { classifySshFailure } from './ssh-failure.js';

/** The run's connection to one host: a `ssh -M` we started, and its control socket. */
export interface Master {
  readonly pid: number;
  readonly socket: string;
  /** False once the master has exited (the connection is gone). */
  readonly alive: boolean;
  /** Ends the master (by its pid, which is ours) and waits for it, within 2 s. */
  stop(): Promise<void>;
}

export interface StartMaster {
  argv: string[];
  socket: string;
  /** How to ask the master whether it serves yet (`ssh -O check`). */
  checkArgv: string[];
  /** Where the host is, for messages: `user@host:port` or the alias. */
  where: string;
  timeoutMs: number;
  signal: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

/** Masters still running: ended by pid when wezfleet exits, however it exits short of SIGKILL. */
const running = new Set<ChildProcess>();
let hooked = false;
function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const c of running) c.kill('SIGTERM');
  });
}

/**
 * Calls `seen` once the socket exists, looking every 10 ms at first, then every 50. Polling, not
 * inotify: a watcher per host would pass the kernel's 128 inotify instances per user at 200 hosts.
 */
function whenExists(socket: string, seen: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let wait = 10;
  const look = () => {
    if (existsSync(socket)) return seen();
    wait = Math.min(50, wait * 1.5);
    timer = setTimeout(look, wait);
  };
  timer = setTimeout(look, wait);
  return () => clearTimeout(timer);
}

/** Stops a child we started, by its pid: SIGTERM (ssh tidies its socket), SIGKILL if it is still there at the deadline. */
function end(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `ssh -M` in the foreground and waits, within the connect deadline, until its control socket
 * answers (it appears after login). A master that exits first is a failed connection, told by what
 * ssh printed; a cancel or the deadline ends it.
 */
export function startMaster(o: StartMaster): Promise<Master> {
  if (o.signal.aborted) return Promise.reject(new TransportError('aborted', 'cancelled while connecting'));
  // Its own session: a Ctrl-C on the terminal reaches wezfleet, which ends its masters itself.
  const child = spawn('ssh', o.argv, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: o.env ?? process.env });
  track(child);
  let stderr = '';
  let alive = true;
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-8192)));
  child.on('exit', () => (alive = false));
  const master: Master = {
    pid: child.pid ?? -1,
    socket: o.socket,
    get alive() {
      return alive;
    },
    stop: () => end(child, 2000),
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    let checking = false;
    const finish = (err?: TransportError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unwatch();
      o.signal.removeEventListener('abort', onAbort);
      child.off('exit', onExit);
      if (!err) return resolve(master);
      void end(child, 2000).then(() => reject(err));
    };
    const check = () => {
      if (checking || settled) return;
      checking = true;
      execFile('ssh', o.checkArgv, { timeout: 5000 }, (err) => {
        checking = false;
        // The socket shows between bind and listen: ask again shortly.
        if (!err) finish();
        else if (!settled) setTimeout(check, 50);
      });
    };
    const onExit = (code: number | null) =>
      finish(classifySshFailure(stderr, o.where, code === null ? 'ssh was killed while connecting' : `ssh exited with ${code}`));
    const onAbort = () => finish(new TransportError('aborted', 'cancelled while connecting'));
    const timer = setTimeout(
      () => finish(new TransportError('timeout', `timed out after ${o.timeoutMs / 1000}s connecting to ${o.where}`, true)),
      o.timeoutMs,
    );
    const unwatch = whenExists(o.socket, check);
    child.on('exit', onExit);
    child.on('error', (e) => finish(new TransportError('connect', `cannot start ssh: ${e.message}`)));
    o.signal.addEventListener('abort', onAbort, { once: true });
  });
}
