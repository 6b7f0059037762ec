import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fleet } from '../fleet/fleet.js';
import { parseJson, runCli, type CliResult } from './cli.js';

/** Writes an inventory into the fleet's directory and returns its path. */
export function writeInventory(fleet: Fleet, name: string, yaml: string): string {
  const file = join(fleet.dir, name);
  writeFileSync(file, yaml);
  return file;
}

/** The environment the CLI runs in against a fleet: the fleet's client home, its own state dir. */
export function clientEnv(fleet: Fleet, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { HOME: fleet.clientDir, XDG_STATE_HOME: join(fleet.clientDir, 'state'), ...extra };
}

/** The CLI against a fleet inventory, with its own state dir; JSON parsed when --json was asked for. */
export async function fleetCli(fleet: Fleet, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult & { json?: any }> {
  const r = await runCli(args, clientEnv(fleet, env), { cwd: fleet.dir });
  return args.includes('--json') && r.stdout ? { ...r, json: parseJson(r) } : r;
}

/** outcome status by host name. */
export function statuses(json: { hosts: { host: string; status: string }[] }): Record<string, string> {
  return Object.fromEntries(json.hosts.map((h) => [h.host, h.status]));
}
