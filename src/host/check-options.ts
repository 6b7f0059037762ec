import { packagePath, type ConfigEnv } from '../config/locate-config.js';
import type { EvalOptions } from '../lua/engine.js';
import type { HostFacts } from '../remote/facts.js';
import type { ConfigRead } from '../remote/read-config.js';

/** The login's environment as far as the facts know it, for a host where no mux runs yet. */
function loginEnviron(facts: HostFacts, env: ConfigEnv): Record<string, string> {
  const environ: Record<string, string> = { HOME: env.home };
  if (facts.user) Object.assign(environ, { USER: facts.user, LOGNAME: facts.user });
  for (const name of ['WEZTERM_CONFIG_FILE', 'XDG_CONFIG_HOME', 'XDG_CONFIG_DIRS'] as const) {
    const value = env[name];
    if (value !== undefined) environ[name] = value;
  }
  return environ;
}

/**
 * What the config check is given of the host, as the mux server would see it: the config's path,
 * home and name, package.path and the modules read from its folders, and the running mux's own
 * environment (else what the facts know of the login's).
 */
export function checkOptions(facts: HostFacts, env: ConfigEnv, path: string, config: ConfigRead, signal?: AbortSignal): EvalOptions {
  const environ = facts.mux?.environ ?? loginEnviron(facts, env);
  const dataHome = environ.XDG_DATA_HOME;
  return {
    chunkname: path,
    home: env.home,
    hostname: facts.hostname,
    packagePath: packagePath(dataHome ? { ...env, XDG_DATA_HOME: dataHome } : env),
    env: environ,
    ...(facts.mux ? { envComplete: true } : {}),
    files: config.state === 'found' ? config.modules.files : new Map(),
    ...(signal ? { signal } : {}),
  };
}
