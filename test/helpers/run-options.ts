import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOptions } from '../../src/host/context.js';
import { WorkerLua } from '../../src/lua/worker-lua.js';
import { createAuditLog } from '../../src/log/audit.js';

/** One config check for a test file's runs, as one run of wezfleet has (its idle workers keep nothing alive). */
const engine = new WorkerLua();

export function runOptions(over: Partial<RunOptions> = {}): RunOptions {
  return {
    settings: {},
    keepBackups: 10,
    reloadWaitMs: 0,
    commandTimeoutMs: 20_000,
    signal: new AbortController().signal,
    engine,
    audit: createAuditLog({ level: 'silent', dir: mkdtempSync(join(tmpdir(), 'wezfleet-state-')) }),
    now: () => new Date(),
    ...over,
  };
}
