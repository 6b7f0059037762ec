import type { Command } from 'commander';
import { homedir } from 'node:os';
import { locateDefaultsFile, type DefaultsFileLocation } from '../defaults/find-defaults-file.js';
import { mergeSettings, type MergedSettings } from '../defaults/merge-settings.js';
import { readDefaultsFile, type DefaultsFile } from '../defaults/read-defaults-file.js';
import { SHARED_KEYS, SHARED_SPECS, type SharedKey } from '../defaults/shared-settings.js';

export interface CommandSettings {
  merged: MergedSettings;
  location: DefaultsFileLocation;
  file?: DefaultsFile;
}

/**
 * The shared settings of the command being run: what was typed (commander says which values came
 * from the command line rather than its defaults), the environment, and the config file.
 */
export function settingsOf(cmd: Command, env: NodeJS.ProcessEnv = process.env): CommandSettings {
  const flags: Partial<Record<SharedKey, string | string[] | boolean>> = {};
  for (const key of SHARED_KEYS) {
    const option = cmd.options.find((o) => o.long === SHARED_SPECS[key].flag);
    if (option && cmd.getOptionValueSource(option.attributeName()) === 'cli') {
      flags[key] = cmd.getOptionValue(option.attributeName()) as string | string[] | boolean;
    }
  }
  const location = locateDefaultsFile(env);
  const file = readDefaultsFile(location, env.HOME || homedir());
  const merged = mergeSettings({ flags, verbose: cmd.getOptionValue('verbose') === true, env, ...(file ? { file } : {}) });
  return { merged, location, ...(file ? { file } : {}) };
}
