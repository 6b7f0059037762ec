import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface DefaultsFileLocation {
  path: string;
  /** Named by WEZFLEET_CONFIG: a file that must exist. The usual place may hold none. */
  named: boolean;
}

/** WEZFLEET_CONFIG, else ~/.config/wezfleet/config.yaml (XDG_CONFIG_HOME respected). */
export function locateDefaultsFile(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd = process.cwd(),
): DefaultsFileLocation {
  if (env.WEZFLEET_CONFIG) return { path: resolve(cwd, env.WEZFLEET_CONFIG), named: true };
  const config = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return { path: join(config, 'wezfleet', 'config.yaml'), named: false };
}
