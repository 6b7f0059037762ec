import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOptions } from '../../src/host/context.js';
import { WasmLua } from '../../src/lua/engine.js';
import { createAuditLog } from '../../src/log/audit.js';

export function runOptions(over: Partial<RunOptions> = {}): RunOptions {
  return {
    settings: {},
    keepBackups: 10,
    reloadWaitMs: 0,
    commandTimeoutMs: 20_000,
    signal: new AbortController().signal,
    engine: new WasmLua(),
    audit: createAuditLog({ level: 'silent', dir: mkdtempSync(join(tmpdir(), 'wezfleet-state-')) }),
    now: () => new Date(),
    ...over,
  };
}
