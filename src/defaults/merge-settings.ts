import type { DefaultsFile } from './read-defaults-file.js';
import { parseSettingText } from './parse-setting-text.js';
import { SHARED_KEYS, SHARED_SPECS, type ColorMode, type SharedKey, type SharedSettings } from './shared-settings.js';

/** Where a value came from, as `wezfleet config` says it. */
export type SettingSource =
  { from: 'flag'; flag: string } | { from: 'env'; name: string } | { from: 'file'; path: string } | { from: 'default' };

interface Setting<K extends SharedKey> {
  value: SharedSettings[K];
  source: SettingSource;
}

export type MergedSettings = { [K in SharedKey]: Setting<K> };

export interface MergeInput {
  /** What was typed on the command line, by key: text, a list for --agent, false for --no-color. */
  flags: Partial<Record<SharedKey, string | readonly string[] | boolean>>;
  /** -v: at least info, whatever set the level. */
  verbose?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  file?: DefaultsFile;
}

/** A variable set to nothing is as good as unset, as NO_COLOR= is. */
const envValue = (env: MergeInput['env'], name: string) => (env[name] ? env[name] : undefined);

/** NO_COLOR (any value, no-color.org), then FORCE_COLOR (0 or false turns colour off), as most CLI tools read them. */
function colourFromEnv(env: MergeInput['env']): { value: ColorMode; name: string } | undefined {
  if (envValue(env, 'NO_COLOR') !== undefined) return { value: 'never', name: 'NO_COLOR' };
  const force = env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return { value: ['0', 'false'].includes(force.toLowerCase()) ? 'never' : 'always', name: 'FORCE_COLOR' };
}

function mergeOne<K extends SharedKey>(key: K, input: MergeInput): Setting<K> {
  const spec = SHARED_SPECS[key];
  const typed = input.flags[key];
  if (typed !== undefined) {
    // --no-color is the only flag that names a colour: it can only turn it off.
    const value = key === 'color' ? 'never' : parseSettingText(spec.kind, typed as string | readonly string[], spec.flag);
    return { value: value as SharedSettings[K], source: { from: 'flag', flag: spec.flag } };
  }
  if (key === 'color') {
    const env = colourFromEnv(input.env);
    if (env) return { value: env.value as SharedSettings[K], source: { from: 'env', name: env.name } };
  } else if (spec.env && envValue(input.env, spec.env) !== undefined) {
    const value = parseSettingText(spec.kind, envValue(input.env, spec.env)!, spec.env);
    return { value: value as SharedSettings[K], source: { from: 'env', name: spec.env } };
  }
  const file = input.file;
  if (file && file.values[key] !== undefined) return { value: file.values[key], source: { from: 'file', path: file.path } };
  return { value: spec.builtIn, source: { from: 'default' } };
}

/**
 * Every shared setting's value and where it came from: a flag beats the environment, which beats
 * the config file, which beats wezfleet's own default. Flags and variables are checked here (a bad
 * one ends the command, exit 2); the file was checked when it was read.
 */
export function mergeSettings(input: MergeInput): MergedSettings {
  const merged = Object.fromEntries(SHARED_KEYS.map((k) => [k, mergeOne(k, input)])) as MergedSettings;
  const quiet = ['silent', 'error', 'warn'].includes(merged.log_level.value);
  if (input.verbose && quiet) merged.log_level = { value: 'info', source: { from: 'flag', flag: '-v' } };
  return merged;
}

/**
 * Whether a value beats what the inventory or ssh_config says for a host (transport, ssh_config,
 * connect_timeout): one typed for this run does; the config file's standing default does not.
 */
export function beatsHostValue(source: SettingSource): boolean {
  return source.from === 'flag' || source.from === 'env';
}

/** A setting against the host's own value: a flag's or a variable's wins, then the host's, then the file's or the default. */
export function settingForHost<T>(setting: { value: T | undefined; source: SettingSource }, hostValue: T | undefined): T | undefined {
  return beatsHostValue(setting.source) ? setting.value : (hostValue ?? setting.value);
}

/** `flag --timeout`, `env WEZFLEET_TIMEOUT`, `file PATH` or `default`: where a value came from, in words. */
export function sourceLabel(source: SettingSource): string {
  switch (source.from) {
    case 'flag':
      return `flag ${source.flag}`;
    case 'env':
      return `env ${source.name}`;
    case 'file':
      return `file ${source.path}`;
    case 'default':
      return 'default';
  }
}
