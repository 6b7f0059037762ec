import type { EvalOptions, EvalReport, LuaEngine } from '../lua/engine.js';
import { SETTING_KEYS, type Settings } from '../settings/keys.js';

export type Verification =
  | { ok: true; evaluated: true }
  /** Compiles, but could not be run offline (a module, io, a plugin): checked by structure only. */
  | { ok: true; evaluated: false; note: string }
  | { ok: false; reason: string; fix: string };

/**
 * Lua's own check of a config as it stands, before anything is planned for it. The report is kept:
 * verifyPatched compares against it instead of evaluating the original twice.
 */
export async function checkOriginal(
  engine: LuaEngine,
  source: string,
  o: EvalOptions,
): Promise<{ verification: Verification; report: EvalReport }> {
  const report = await engine.evaluate(source, o);
  if (report.status === 'compile-error') {
    return {
      report,
      verification: {
        ok: false,
        reason: `it does not compile as Lua 5.4: ${report.error}`,
        fix: 'fix that error first (the mux cannot load this file either) and run wezfleet again',
      },
    };
  }
  return { report, verification: { ok: true, evaluated: true } };
}

function mismatches(report: EvalReport, expected: Settings): string[] {
  return SETTING_KEYS.flatMap((key) => {
    const got = report.values[key];
    if (got?.type === 'integer' && got.text === String(expected[key])) return [];
    return [`${key} is ${got ? `${got.text || 'nil'} (${got.type})` : 'missing'}, expected ${expected[key]}`];
  });
}

/**
 * Proof before writing: the patched text compiles as Lua 5.4 and, where it can be run against the stub
 * wezterm module, yields exactly the profile's values and logs the reload marker.
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
  if (report.status === 'compile-error') {
    return {
      ok: false,
      reason: `the patched config would not compile (${report.error})`,
      fix: 'report this as a wezfleet bug, with the config',
    };
  }
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
    return { ok: true, evaluated: true };
  }
  // It could not be run offline. That is only acceptable if the file was already like that before.
  if (original?.status === 'ok') {
    return {
      ok: false,
      reason: `the patched config fails where the original ran (${report.error})`,
      fix: 'report this as a wezfleet bug, with the config',
    };
  }
  const why = report.status === 'runtime-error' ? `it fails with a stub wezterm module: ${report.error}` : report.error;
  return {
    ok: true,
    evaluated: false,
    note: `effective values not checked offline (${why}); the block is last before the return, so it wins`,
  };
}
