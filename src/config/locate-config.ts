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

/** $XDG_CONFIG_HOME/wezterm (~/.config/wezterm when unset): WezTerm's CONFIG_DIR. */
function configDir(env: ConfigEnv): string {
  const xdgHome = env.XDG_CONFIG_HOME ? absolute(env.XDG_CONFIG_HOME, env.home) : posix.join(env.home, '.config');
  return posix.join(xdgHome, 'wezterm');
}

const xdgConfigDirs = (env: ConfigEnv) => (env.XDG_CONFIG_DIRS ?? '').split(':').filter((d) => d.startsWith('/'));

/**
 * The folders a config can `require` modules from, which the host reads with it (facts.sh, which
 * checks this list): package.path's folders as WezTerm sets them, and the folder of a config named
 * outright (an override, --config-file, $WEZTERM_CONFIG_FILE) where it is another.
 */
export function moduleDirs(env: ConfigEnv, candidates: readonly ConfigCandidate[]): string[] {
  const dirs = [configDir(env), posix.join(env.home, '.wezterm'), ...xdgConfigDirs(env).map((d) => posix.join(d, 'wezterm'))];
  const named = candidates.length === 1 ? candidates[0]!.path : undefined;
  const own = named === undefined ? '' : posix.dirname(named);
  if (own && own !== '/' && own !== env.home && !dirs.slice(0, 2).includes(own)) dirs.push(own);
  return dirs;
}

/** Lua's own default path, as WezTerm's Lua (mlua's, built with prefix /usr/local) has it. */
const LUA_DEFAULT_PATH =
  '/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;./?.lua;./?/init.lua';

/**
 * package.path as WezTerm sets it before it runs a config (config/src/lua.rs, make_lua_context):
 * each folder's `?.lua` and `?/init.lua`, XDG_CONFIG_DIRS last-first, then CONFIG_DIR, with the
 * plugins folder third, then ~/.wezterm, then Lua's default.
 */
export function packagePath(env: ConfigEnv & { XDG_DATA_HOME?: string }): string {
  const prefixed = [posix.join(env.home, '.wezterm'), configDir(env), ...xdgConfigDirs(env).map((d) => posix.join(d, 'wezterm'))]
    .reverse()
    .flatMap((d) => [`${d}/?.lua`, `${d}/?/init.lua`]);
  const dataDir = env.XDG_DATA_HOME
    ? posix.join(absolute(env.XDG_DATA_HOME, env.home), 'wezterm')
    : posix.join(env.home, '.local/share/wezterm');
  prefixed.splice(2, 0, `${dataDir}/plugins/?/plugin/init.lua`);
  return [...prefixed, LUA_DEFAULT_PATH].join(';');
}
