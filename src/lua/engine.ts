import { spawn } from 'node:child_process';
import type { LuaFactory } from 'wasmoon';
import { assetPath, readAsset } from '../assets.js';
import { isSettingKey, type SettingKey } from '../settings/keys.js';

export type EvalStatus = 'ok' | 'compile-error' | 'runtime-error' | 'unsupported' | 'not-a-table';

export interface EvaluatedValue {
  /** Lua's type: integer, float, string, nil, ... */
  type: string;
  text: string;
}

export interface EvalReport {
  status: EvalStatus;
  error?: string;
  values: Partial<Record<SettingKey, EvaluatedValue>>;
  logs: { level: string; message: string }[];
  /** The config asked for the host's name, so its result may differ from host to host. */
  usesHostname?: boolean;
  /** What the config sets `exit_behavior` to (a rescue needs "Hold"). */
  exitBehavior?: string;
}

export interface EvalOptions {
  /** Shown in Lua's error messages: the config's path. */
  chunkname: string;
  home: string;
  hostname: string;
}

/** A real Lua 5.4 that runs src/lua/evaluate.lua; swapped in tests to cross-check both. */
export interface LuaEngine {
  readonly name: string;
  evaluate(source: string, options: EvalOptions): Promise<EvalReport>;
}

const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c as 'n'] ?? c);

export function parseEvalReport(text: string): EvalReport {
  const report: EvalReport = { status: 'runtime-error', values: {}, logs: [] };
  for (const line of text.split('\n')) {
    const [kind, ...fields] = line.split('\t').map(unescape);
    if (kind === 'status') report.status = fields[0] as EvalStatus;
    else if (kind === 'error') report.error = fields[0] ?? '';
    else if (kind === 'log') report.logs.push({ level: fields[0] ?? '', message: fields[1] ?? '' });
    else if (kind === 'uses' && fields[0] === 'hostname') report.usesHostname = true;
    else if (kind === 'value' && fields[0] === 'exit_behavior' && fields[1] === 'string') report.exitBehavior = fields[2] ?? '';
    else if (kind === 'value' && isSettingKey(fields[0] ?? '')) {
      report.values[fields[0] as SettingKey] = { type: fields[1] ?? 'nil', text: fields[2] ?? '' };
    }
  }
  return report;
}

/** Lua 5.4 compiled to WebAssembly (wasmoon): always present, runs in-process, a fresh state per config. */
export class WasmLua implements LuaEngine {
  readonly name = 'wasmoon Lua 5.4';
  // Loaded at the first config to evaluate: commands that evaluate none (status) skip its load.
  #factory: Promise<LuaFactory> | undefined;
  #evaluateSource = readAsset('lua/evaluate.lua');
  #stubSource = readAsset('lua/wezterm-stub.lua');

  async evaluate(source: string, o: EvalOptions): Promise<EvalReport> {
    this.#factory ??= import('wasmoon').then((m) => new m.LuaFactory());
    const lua = await (await this.#factory).createEngine({ injectObjects: false, enableProxy: false });
    try {
      const evaluate = (await lua.doString(this.#evaluateSource)) as (...args: string[]) => string;
      return parseEvalReport(evaluate(source, o.chunkname, o.home, o.hostname, this.#stubSource));
    } finally {
      lua.global.close();
    }
  }
}

/** A stand-alone `lua5.4` binary running the same evaluator. */
export class ProcessLua implements LuaEngine {
  readonly name: string;
  constructor(readonly binary = 'lua5.4') {
    this.name = binary;
  }

  evaluate(source: string, o: EvalOptions): Promise<EvalReport> {
    const args = [
      assetPath('lua/evaluate-cli.lua'),
      assetPath('lua/evaluate.lua'),
      assetPath('lua/wezterm-stub.lua'),
      o.chunkname,
      o.home,
      o.hostname,
    ];
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve(parseEvalReport(out));
        else reject(new Error(`${this.binary} exited with ${code}: ${err.trim()}`));
      });
      child.stdin.end(source);
    });
  }
}

/**
 * Evaluates each distinct config once per run: fleets share configs, so most hosts' checks are
 * answered from memory. The key is everything the result can depend on: the text, its path (in
 * error messages, config_dir), the home directory, and the host name when the config asked for it.
 */
export class CachingLua implements LuaEngine {
  readonly name: string;
  readonly #cache = new Map<string, Promise<EvalReport>>();
  readonly #byHost = new Map<string, Promise<EvalReport>>();
  hits = 0;

  constructor(readonly inner: LuaEngine) {
    this.name = inner.name;
  }

  async evaluate(source: string, o: EvalOptions): Promise<EvalReport> {
    const key = JSON.stringify([source, o.chunkname, o.home]);
    let pending = this.#cache.get(key);
    if (!pending) {
      pending = this.inner.evaluate(source, o);
      this.#cache.set(key, pending);
      pending.catch(() => this.#cache.delete(key));
      const report = await pending;
      if (!report.usesHostname) return report;
      this.#byHost.set(JSON.stringify([key, o.hostname]), pending);
      return report;
    }
    const report = await pending;
    if (!report.usesHostname) {
      this.hits++;
      return report;
    }
    const hostKey = JSON.stringify([key, o.hostname]);
    let own = this.#byHost.get(hostKey);
    if (own) this.hits++;
    else {
      own = this.inner.evaluate(source, o);
      this.#byHost.set(hostKey, own);
    }
    return own;
  }
}
