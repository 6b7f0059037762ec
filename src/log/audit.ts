import { lstatSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { UsageError, errorMessage } from '../core/errors.js';

// pino-pretty only where a person reads the log (it costs every run its load time otherwise).
const require = createRequire(import.meta.url);

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

interface AuditEntry {
  host: string;
  action: 'apply' | 'restore';
  file: string;
  realPath: string;
  backup?: string;
  sha256Before?: string;
  sha256After: string;
  blockHash?: string;
  /** `unknown`: the change was sent and the command cut before the host said whether it made it. */
  outcome?: 'unknown';
  /** How the command was cut, where it was (after its commit, or before the host said). */
  cut?: string;
}

export interface AuditLog {
  logger: Logger;
  /** Where audit lines go on this machine, or undefined when auditing to a file is off. */
  file?: string;
  change(entry: AuditEntry): void;
}

/** ~/.local/state/wezfleet (XDG_STATE_HOME respected). */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state'), 'wezfleet');
}

/** Keys whose values never reach a log line, wherever they appear. */
const REDACT = ['password', '*.password', 'passphrase', '*.passphrase', 'sudoPassword', '*.sudoPassword', 'privateKey', '*.privateKey'];

/**
 * Two loggers sharing stderr: `logger` for progress and diagnostics at the chosen level, and the audit
 * logger whose lines (one per change: host, file, backup, hashes before and after) also always go to
 * audit.log under the state directory.
 */
export function createAuditLog(o: {
  level: LogLevel;
  dir?: string;
  stderr?: NodeJS.WritableStream;
  pretty?: { colour: boolean };
}): AuditLog {
  // On a terminal a person reads the lines: pino-pretty, synchronous so nothing is lost at exit.
  const stderr = o.pretty
    ? (require('pino-pretty') as typeof import('pino-pretty'))({
        destination: 2,
        sync: true,
        colorize: o.pretty.colour,
        ignore: 'pid,hostname,app',
        translateTime: 'SYS:HH:MM:ss.l',
      })
    : (o.stderr ?? process.stderr);
  const options = { base: { app: 'wezfleet' }, redact: { paths: REDACT, censor: '[redacted]' } };
  const logger = pino({ ...options, level: o.level }, stderr);
  let file: string | undefined;
  let auditLogger = logger;
  if (o.dir) {
    file = join(o.dir, 'audit.log');
    try {
      mkdirSync(o.dir, { recursive: true, mode: 0o700 });
    } catch (err) {
      throw new UsageError(
        `cannot create the audit log directory ${o.dir} (${errorMessage(err)}): set XDG_STATE_HOME to a writable directory`,
      );
    }
    // Appended to, never through a link: whoever planted one would choose what wezfleet writes to.
    if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new UsageError(`the audit log ${file} is a symbolic link; wezfleet writes it only as a file of its own: remove the link`);
    }
    const streams: pino.StreamEntry[] = [{ level: 'info', stream: pino.destination({ dest: file, sync: true, mode: 0o600 }) }];
    if (o.level !== 'silent' && pino.levels.values[o.level]! <= pino.levels.values.info!) streams.push({ level: 'info', stream: stderr });
    auditLogger = pino({ ...options, level: 'info' }, pino.multistream(streams));
  }
  const audit: AuditLog = {
    logger,
    change: (entry) =>
      auditLogger.info(
        { audit: true, ...entry },
        `${entry.action}${entry.outcome ? ` (${entry.outcome})` : ''} ${entry.host}:${entry.file}`,
      ),
  };
  if (file) audit.file = file;
  return audit;
}
