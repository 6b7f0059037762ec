import { isSettingKey, type SettingKey } from '../core/settings.js';

/**
 * ok: the config loads and returns a table. fails: it cannot load in wezterm-mux-server, for a
 * reason the check is sure of. unsure: the check stopped where its stand-in for the host (the stub
 * wezterm module, a file or command it does not have) may be the cause. limit: it ran out of time or
 * memory (a config check has both bounded).
 */
type EvalStatus = 'ok' | 'fails' | 'unsure' | 'limit';

/** Why a config fails: Lua will not compile it, it indexes wezterm.gui (nil in the mux), another error, or it returns no table. */
export type FailCause = 'compile' | 'gui' | 'error' | 'not-a-table';

interface EvaluatedValue {
  /** Lua's type: integer, float, string, nil, placeholder (a value of the stub's), ... */
  type: string;
  text: string;
}

export interface EvalReport {
  status: EvalStatus;
  cause?: FailCause;
  error?: string;
  /** The config's own line where the failing code started (the error may be in a module it runs). */
  line?: number;
  /** The first thing the check could not know, which a failure after it may come from. */
  why?: string;
  /** The config raised the error itself (error()). */
  raised?: boolean;
  limit?: 'time' | 'memory';
  values: Partial<Record<SettingKey, EvaluatedValue>>;
  logs: { level: string; message: string }[];
  /** The files it read besides itself (modules), by their path on the host. */
  modules: string[];
  /** It read wezterm.gui, which is nil in the mux server. */
  guiRead?: boolean;
  /** What it read of its host beyond the input's text and files: `hostname`, `env:NAME`. */
  uses: string[];
  /** What the config sets `exit_behavior` to (a rescue needs "Hold"). */
  exitBehavior?: string;
  /** With EvalOptions.dump: every key it returns, as "path\ttext", in a stable order. */
  dump?: string[];
}

const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c as 'n'] ?? c);

export function parseEvalReport(text: string): EvalReport {
  const report: EvalReport = { status: 'unsure', values: {}, logs: [], modules: [], uses: [] };
  for (const line of text.split('\n')) {
    const [kind, ...fields] = line.split('\t').map(unescape);
    const [a = '', b = '', c = ''] = fields;
    if (kind === 'status') report.status = a as EvalStatus;
    else if (kind === 'cause') report.cause = a as FailCause;
    else if (kind === 'error') report.error = a;
    else if (kind === 'line') report.line = Number(a);
    else if (kind === 'why') report.why = a;
    else if (kind === 'raised') report.raised = true;
    else if (kind === 'limit') report.limit = a as 'memory';
    else if (kind === 'module') report.modules.push(a);
    else if (kind === 'gui') report.guiRead = true;
    else if (kind === 'log') report.logs.push({ level: a, message: b });
    else if (kind === 'uses') report.uses.push(a);
    else if (kind === 'dump') (report.dump ??= []).push(`${a}\t${b}`);
    else if (kind === 'value' && a === 'exit_behavior' && b === 'string') report.exitBehavior = c;
    else if (kind === 'value' && isSettingKey(a)) report.values[a] = { type: b || 'nil', text: c };
  }
  return report;
}

/** A report for an evaluation stopped from outside: out of time, or of memory the engine noticed. */
export function limitReport(limit: 'time' | 'memory'): EvalReport {
  return { status: 'limit', limit, values: {}, logs: [], modules: [], uses: [] };
}
