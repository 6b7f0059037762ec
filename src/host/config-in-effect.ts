import { configCandidates, moduleDirs, type ConfigEnv } from '../config/locate-config.js';
import { gatherFacts, type FactsRequest, type HostFacts } from '../remote/facts.js';
import { parseConfigRead, readConfig, type ConfigRead } from '../remote/read-config.js';
import type { RemoteOptions } from '../remote/run-script.js';
import type { Transport } from '../transport/transport.js';
import type { HostSpec, RunOptions } from './context.js';

/** How every command of a host task runs: the run's deadline and Ctrl-C, and the host's sudo. */
export function execOptions(spec: HostSpec, o: RunOptions): RemoteOptions {
  return { timeoutMs: o.commandTimeoutMs, signal: o.signal, sudo: spec.sudo ?? false };
}

/** The config file the command line or the inventory names instead of WezTerm's lookup. */
const configOverride = (spec: HostSpec, o: RunOptions): string | undefined => o.config ?? spec.config;

/** What to ask facts.sh on this host: the config override, and the mux probe where asked. */
export function factsRequest(spec: HostSpec, o: RunOptions, probe?: FactsRequest['probe']): FactsRequest {
  const override = configOverride(spec, o);
  return { ...(override ? { configOverride: override } : {}), ...(probe ? { probe } : {}) };
}

/** The host's facts with its config already read in the same round trip (see readConfigInEffect). */
export function factsOf(t: Transport, spec: HostSpec, o: RunOptions, probe?: FactsRequest['probe']): Promise<HostFacts> {
  return gatherFacts(t, execOptions(spec, o), factsRequest(spec, o, probe));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The config WezTerm has in effect on the host, read: found in the running mux's own environment
 * where a mux runs (else the login's), unless the command line or inventory names a file. The facts'
 * round trip already read it where the host's lookup agrees with configCandidates(); a second round
 * trip reads it only where they differ.
 */
export async function readConfigInEffect(
  t: Transport,
  spec: HostSpec,
  o: RunOptions,
  facts: HostFacts,
): Promise<{ env: ConfigEnv; config: ConfigRead }> {
  const env = facts.mux?.env ?? facts.login;
  const candidates = configCandidates(env, configOverride(spec, o));
  const dirs = moduleDirs(env, candidates);
  const same =
    sameList(
      candidates.map((c) => c.path),
      facts.config.paths,
    ) && sameList(dirs, facts.config.moduleDirs);
  const config = same ? parseConfigRead(facts.config.records, candidates) : await readConfig(t, candidates, dirs, execOptions(spec, o));
  return { env, config };
}
