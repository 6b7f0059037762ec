import { posix } from 'node:path';

export type ConfigSource = 'override' | '--config-file' | 'WEZTERM_CONFIG_FILE' | 'home' | 'XDG_CONFIG_HOME' | 'XDG_CONFIG_DIRS';

export interface ConfigCandidate {
  path: string;
  source: ConfigSource;
  /** WezTerm fails rather than moving on when this one is missing. */
  mustExist: boolean;
}

/** The environment WezTerm resolves its config in: the running mux's own where known, else the login's. */
export interface ConfigEnv {
  home: string;
  WEZTERM_CONFIG_FILE?: string;
  XDG_CONFIG_HOME?: string;
  XDG_CONFIG_DIRS?: string;
  /** `--config-file` from the mux server's command line. */
  configFileArg?: string;
}

function absolute(path: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/')) return posix.join(home, path.slice(2));
  return posix.isAbsolute(path) ? posix.normalize(path) : posix.join(home, path);
}

/**
 * WezTerm's lookup order (config/src/config.rs), first existing wins: --config-file, $WEZTERM_CONFIG_FILE,
 * ~/.wezterm.lua, $XDG_CONFIG_HOME/wezterm/wezterm.lua (~/.config when unset), each $XDG_CONFIG_DIRS entry.
 * An explicit override from the inventory or --config replaces the whole search.
 */
export function configCandidates(env: ConfigEnv, override?: string): ConfigCandidate[] {
  const home = env.home;
  if (override) return [{ path: absolute(override, home), source: 'override', mustExist: false }];
  if (env.configFileArg) return [{ path: absolute(env.configFileArg, home), source: '--config-file', mustExist: true }];
  if (env.WEZTERM_CONFIG_FILE) {
    return [{ path: absolute(env.WEZTERM_CONFIG_FILE, home), source: 'WEZTERM_CONFIG_FILE', mustExist: true }];
  }
  const xdgHome = env.XDG_CONFIG_HOME ? absolute(env.XDG_CONFIG_HOME, home) : posix.join(home, '.config');
  const dirs = (env.XDG_CONFIG_DIRS ?? '').split(':').filter((d) => d.startsWith('/'));
  return [
    { path: posix.join(home, '.wezterm.lua'), source: 'home', mustExist: false },
    { path: posix.join(xdgHome, 'wezterm', 'wezterm.lua'), source: 'XDG_CONFIG_HOME', mustExist: false },
    ...dirs.map((d) => ({ path: posix.join(d, 'wezterm', 'wezterm.lua'), source: 'XDG_CONFIG_DIRS' as const, mustExist: false })),
  ];
}
