import type { EvalOptions, EvalReport, FailCause, LuaEngine, LuaLimits } from '../lua/engine.js';
import { DEFAULT_LIMITS } from '../lua/engine.js';
import { SETTING_KEYS, type Settings } from '../core/settings.js';

/**
 * What the offline check says of a config, as plan, apply and status show it (and --json gives it):
 * `loads` (as it stands), `proven` (patched: it loads and yields the profile and the reload marker),
 * `unproven` (the check stopped where its stand-in for the host may be the cause, not the config),
 * `fails` (it cannot load in wezterm-mux-server, for a reason the check is sure of, or it passed a
 * limit of the check).
 */
export type ConfigCheck =
  | { result: 'loads' | 'proven'; modules: string[] }
  | { result: 'unproven'; error: string; line?: number; why: string; modules: string[] }
  | { result: 'fails'; cause: FailCause | 'limit'; error: string; line?: number; modules: string[] };

export type Verification =
  | { ok: true; check: Extract<ConfigCheck, { result: 'loads' | 'proven' | 'unproven' }> }
  | { ok: false; reason: string; fix: string; check?: ConfigCheck };

const limitsOf = (engine: LuaEngine): LuaLimits => engine.limits ?? DEFAULT_LIMITS;

/** "config check exceeded 2 s" / "256 MB": the limit the evaluation passed. */
function limitText(report: EvalReport, limits: LuaLimits): string {
  return report.limit === 'memory'
    ? `config check exceeded ${Math.round(limits.memoryBytes / 2 ** 20)} MB`
    : `config check exceeded ${limits.timeMs / 1000} s`;
}

/** The report as a check: what it says of the config as evaluated. */
export function checkOf(report: EvalReport, limits: LuaLimits): ConfigCheck {
  const at = report.line === undefined ? {} : { line: report.line };
  const modules = report.modules;
  switch (report.status) {
    case 'ok':
      return { result: 'loads', modules };
    case 'limit':
      return { result: 'fails', cause: 'limit', error: limitText(report, limits), modules };
    case 'unsure':
      return { result: 'unproven', error: report.error ?? '', ...at, why: report.why ?? 'unknown', modules };
    default:
      return { result: 'fails', cause: report.cause ?? 'error', error: report.error ?? '', ...at, modules };
  }
}

const GUI_FIX =
  'wezterm.gui does not exist in wezterm-mux-server: guard it with `if wezterm.gui then ... end` (or move it into a function the GUI calls), then run wezfleet again';

/** Why a config cannot load in the mux, and the fix, for a check that fails. */
export function failureText(
  check: Extract<ConfigCheck, { result: 'fails' }>,
  path: string,
  guiRead = false,
): { reason: string; fix: string } {
  const where = check.line !== undefined && !check.error.startsWith(`${path}:${check.line}:`) ? ` (line ${check.line} of ${path})` : '';
  switch (check.cause) {
    case 'limit':
      return {
        reason: `${path}: ${check.error}`,
        fix: 'a config that runs this long or grows this large while it loads stalls the mux as well: look for a loop or a huge value built at load time',
      };
    case 'compile':
      return {
        reason: `it does not compile as Lua 5.4: ${check.error}`,
        fix: 'fix that error first (the mux cannot load this file either) and run wezfleet again',
      };
    case 'not-a-table':
      return {
        reason: `it cannot load in wezterm-mux-server: ${check.error}`,
        fix: 'make the file return the table it builds (`return config`), then run wezfleet again',
      };
    default:
      return {
        reason: `it cannot load in wezterm-mux-server: ${check.error}${where}`,
        fix:
          check.cause === 'gui' || guiRead
            ? GUI_FIX
            : "fix that error (while it stands, the mux runs on its previous config or on WezTerm's defaults), then run wezfleet again",
      };
  }
}

/**
 * Lua's own check of a config as it stands, before anything is planned for it: a config that cannot
 * load in the mux server (or passes a limit of the check) is refused. The report is kept:
 * verifyPatched compares against it instead of evaluating the original twice.
 */
export async function checkOriginal(
  engine: LuaEngine,
  source: string,
  o: EvalOptions,
): Promise<{ verification: Verification; report: EvalReport }> {
  const report = await engine.evaluate(source, o);
  const check = checkOf(report, limitsOf(engine));
  if (check.result === 'fails') return { report, verification: { ok: false, ...failureText(check, o.chunkname, report.guiRead), check } };
  return { report, verification: { ok: true, check: check as Extract<ConfigCheck, { result: 'loads' | 'unproven' }> } };
}

function mismatches(report: EvalReport, expected: Settings): string[] {
  return SETTING_KEYS.flatMap((key) => {
    const got = report.values[key];
    if (got?.type === 'integer' && got.text === String(expected[key])) return [];
    return [`${key} is ${got ? `${got.text || 'nil'} (${got.type})` : 'missing'}, expected ${expected[key]}`];
  });
}

// A message without the file:line positions Lua puts in it (the block moves the lines below it).
const withoutPositions = (s: string | undefined) => (s ?? '').replace(/[^\s:]+:\d+: /g, '');

const BUG = 'report this as a wezfleet bug, with the config';

/**
 * Proof before writing: the patched text compiles as Lua 5.4 and, where the original ran, yields
 * exactly the profile's values and logs the reload marker. Where the original's check stopped at
 * something the check cannot know, the patched one must stop at the same point: then it is
 * `unproven`, not refused, and says why.
 */
export async function verifyPatched(
  engine: LuaEngine,
  original: EvalReport | undefined,
  patched: string,
  expected: Settings,
  marker: string,
  o: EvalOptions,
  /** A rescue's block: exit_behavior must come out as "Hold". */
  hold = false,
): Promise<Verification> {
  const report = await engine.evaluate(patched, o);
  const check = checkOf(report, limitsOf(engine));
  if (report.status === 'ok') {
    const wrong = mismatches(report, expected);
    if (wrong.length) {
      return {
        ok: false,
        reason: `after patching, the config's effective values differ from the profile: ${wrong.join('; ')}`,
        fix: 'something after the block changes the table (a metatable, a function run at return); move that code above, or paste `wezfleet render` output where your table is built',
      };
    }
    if (hold && report.exitBehavior !== 'Hold') {
      return {
        ok: false,
        reason: `after patching, exit_behavior is ${report.exitBehavior === undefined ? 'unset' : JSON.stringify(report.exitBehavior)}, not "Hold"`,
        fix: 'something after the block sets exit_behavior; move it above the managed block for the rescue',
      };
    }
    if (!report.logs.some((l) => l.message === marker)) {
      return {
        ok: false,
        reason: "the patched config never reaches the block's reload marker",
        fix: 'make sure nothing returns early before the end of the file',
      };
    }
    return { ok: true, check: { result: 'proven', modules: report.modules } };
  }
  if (check.result === 'fails' && check.cause === 'compile') {
    return { ok: false, reason: `the patched config would not compile (${report.error})`, fix: BUG, check };
  }
  if (check.result === 'fails' && check.cause === 'limit') {
    return { ok: false, ...failureText(check, o.chunkname), check };
  }
  const same =
    original !== undefined &&
    original.status === report.status &&
    withoutPositions(original.error) === withoutPositions(report.error) &&
    check.result === 'unproven';
  if (!same) {
    const before = original === undefined || original.status === 'ok' ? 'where the original ran' : 'differently from the original';
    return { ok: false, reason: `the patched config fails ${before} (${report.error ?? report.status})`, fix: BUG, check };
  }
  return { ok: true, check };
}

/** The plan's note for an unproven check: what stopped it, and why that may be the stand-in's doing. */
export function unprovenNote(check: Extract<ConfigCheck, { result: 'unproven' }>): string {
  const where = check.line === undefined ? '' : ` at line ${check.line}`;
  return `not proven offline: the check stopped${where} (${check.error}) after something it cannot know (${check.why}), which may be the cause rather than the config; the block is last before the return, so it wins wherever the config loads`;
}
