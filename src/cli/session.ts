import { CachingLua, DEFAULT_LIMITS } from '../lua/engine.js';
import { WorkerLua } from '../lua/worker-lua.js';
import { createAuditLog, stateDir, type AuditLog } from '../log/audit.js';
import type { RunOptions } from '../host/context.js';
import type { HostOutcome } from '../core/outcome.js';
import { runHosts, type HostTask, type Target } from '../run/run-hosts.js';
import { parseCount, parseProfileFlags, type CommonFlags, type ProfileFlags, type WriteFlags } from './options.js';
import { colourFor } from './colour.js';
import { tableLayoutFor } from './table-layout.js';
import type { TableLayout } from '../report/fit-table.js';
import { Progress } from './progress.js';
import { KeptConnections } from '../run/kept-connections.js';
import { UsageError, errorMessage } from '../core/errors.js';
import { resolveTargets, type ResolvedTargets } from './targets.js';
import { processInterrupt } from './interrupt.js';

/** What one command invocation shares across its hosts: options, targets, the log, and Ctrl-C. */
export interface Session {
  run: RunOptions;
  targets: Target[];
  resolved: ResolvedTargets;
  audit: AuditLog;
  concurrency: number;
  json: boolean;
  /** Colour for stdout (tables, diffs) and for stderr (the plan apply shows before asking). */
  colour: boolean;
  stderrColour: boolean;
  /** How tables fit stdout and stderr: width, --wide, colour. */
  table: TableLayout;
  stderrTable: TableLayout;
  forEachHost<D>(task: HostTask<D>, targets?: readonly Target[]): Promise<HostOutcome<D>[]>;
  /** Runs `fn` with each host's connection kept open afterwards, for the next forEachHost to reuse. */
  keepingConnections<T>(fn: () => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

export function openSession(flags: CommonFlags & Partial<ProfileFlags> & Partial<WriteFlags>): Session {
  const profile = parseProfileFlags({ ...flags, set: flags.set ?? [] });
  const { settings } = flags;
  const timeoutSeconds = settings.timeout.value;
  const concurrency = settings.concurrency.value;
  const keepBackups = settings.keep_backups.value;
  const resolved = resolveTargets(flags);
  if (resolved.inventory && !resolved.hosts.length)
    throw new UsageError(`no hosts selected: ${resolved.inventory.file} has none (Ansible would list none either)`);
  const kept = new KeptConnections();
  const targets = resolved.targets.map((t) => kept.wrap(t));
  const batchSize = flags.batch === undefined ? undefined : parseCount(flags.batch, '--batch', targets.length, 'up');
  const maxFailures = flags.maxFail === undefined ? undefined : parseCount(flags.maxFail, '--max-fail', targets.length, 'down');
  const stderrColour = colourFor(process.stderr, settings.color.value);
  const logLevel = settings.log_level.value;
  const audit = createAuditLog({ level: logLevel, dir: stateDir(), ...(process.stderr.isTTY ? { pretty: { colour: stderrColour } } : {}) });
  // An exec line carries the whole remote script: its first words say enough.
  const clip = (line: string) => (line.length > 160 ? `${line.slice(0, 160)}... (${line.length} characters)` : line);
  if (logLevel === 'trace' && resolved.ssh) resolved.ssh.debug = (peer, line) => audit.logger.trace({ peer }, `ssh2: ${clip(line)}`);
  if (resolved.ssh) {
    resolved.ssh.onRetry = (host, attempt, of, err) =>
      audit.logger.warn({ host }, `${err.message}: trying again (${attempt + 1} of ${of})`);
  }
  for (const note of resolved.inventory?.notes ?? []) audit.logger.warn(note);
  const interrupt = processInterrupt();
  // A config's check is bounded within the deadline of a remote command.
  const engine = new CachingLua(new WorkerLua({ ...DEFAULT_LIMITS, timeMs: Math.min(DEFAULT_LIMITS.timeMs, timeoutSeconds * 1000) }));
  const run: RunOptions = {
    ...profile,
    keepBackups,
    reloadWaitMs: 10_000,
    commandTimeoutMs: timeoutSeconds * 1000,
    signal: interrupt.signal,
    engine,
    audit,
    now: () => new Date(),
  };
  const json = Boolean(flags.json);
  const colour = colourFor(process.stdout, settings.color.value) && !json;
  const progress = new Progress(process.stderr, targets.length, { quiet: logLevel === 'silent' });
  return {
    run,
    targets,
    resolved,
    audit,
    concurrency,
    json,
    colour,
    stderrColour,
    table: tableLayoutFor(process.stdout, { ...flags, colour }),
    stderrTable: tableLayoutFor(process.stderr, { ...flags, colour: stderrColour }),
    keepingConnections: async <T>(fn: () => Promise<T>) => {
      kept.keeping = true;
      try {
        return await fn();
      } finally {
        kept.keeping = false;
      }
    },
    forEachHost: async <D>(task: HostTask<D>, only: readonly Target[] = targets) => {
      progress.reset(only.length);
      const outcomes = await runHosts(only, task, {
        concurrency,
        signal: interrupt.signal,
        ...(batchSize !== undefined ? { batchSize } : {}),
        ...(maxFailures !== undefined ? { maxFailures } : {}),
        onStart: (host) => {
          audit.logger.debug({ host }, 'host started');
          progress.started(host);
        },
        onDone: (o) => {
          audit.logger.info({ host: o.host, status: o.status, durationMs: o.durationMs }, 'host done');
          progress.done(o);
        },
        // One line for the operator; the stack, which only a bug needs, at debug level.
        onUnexpected: (host, err) => {
          audit.logger.error({ host }, `unexpected error: ${errorMessage(err)}`);
          audit.logger.debug({ host, err }, 'its stack');
        },
      });
      progress.finish();
      return outcomes;
    },
    dispose: async () => {
      await Promise.all([kept.closeAll(), engine.close()]);
    },
  };
}
