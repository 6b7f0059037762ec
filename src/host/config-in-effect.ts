import { configCandidates, type ConfigEnv } from '../config/locate-config.js';
import type { HostFacts } from '../remote/gather-facts.js';
import { readConfig, type ConfigRead } from '../remote/read-config.js';
import type { RemoteOptions } from '../remote/run-script.js';
import type { Transport } from '../transport/transport.js';
import type { HostSpec, RunOptions } from './context.js';

/** How every command of a host task runs: the run's deadline and Ctrl-C, and the host's sudo. */
export function execOptions(spec: HostSpec, o: RunOptions): RemoteOptions {
  return { timeoutMs: o.commandTimeoutMs, signal: o.signal, sudo: spec.sudo ?? false };
}

/**
 * The config WezTerm has in effect on the host, read: found in the running mux's own environment
 * where a mux runs (else the login's), unless the command line or inventory names a file.
 */
export async function readConfigInEffect(t: Transport, spec: HostSpec, o: RunOptions, facts: HostFacts): Promise<{ env: ConfigEnv; config: ConfigRead }> {
  const env = facts.mux?.env ?? facts.login;
  const config = await readConfig(t, configCandidates(env, o.config ?? spec.config), execOptions(spec, o));
  return { env, config };
}
