import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { AnsibleInventory, Vars } from './ansible-model.js';

/** Where `ansible-inventory` is on PATH, or undefined. */
export function findAnsibleInventory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'ansible-inventory');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

interface ListOutput {
  _meta?: { hostvars?: Record<string, Vars> };
  [group: string]: { hosts?: string[]; children?: string[] } | { hostvars?: Record<string, Vars> } | undefined;
}

/**
 * Reads an inventory the way Ansible does, by asking Ansible: `ansible-inventory -i FILE --list`
 * gives every host's final variables (group_vars, host_vars, dynamic scripts and plugins included).
 */
export function readWithAnsibleInventory(file: string, bin: string, timeoutMs = 60_000): AnsibleInventory {
  let out: string;
  try {
    out = execFileSync(bin, ['-i', file, '--list'], {
      encoding: 'utf8',
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
      // Fail on an unreadable source instead of answering with an empty inventory.
      env: { ...process.env, ANSIBLE_INVENTORY_UNPARSED_FAILED: 'True', ANSIBLE_LOCALHOST_WARNING: 'False', ANSIBLE_NOCOLOR: '1' },
    });
  } catch (err) {
    const e = err as { stderr?: string; signal?: string; message: string };
    const said = (e.stderr ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(-6);
    const why = e.signal === 'SIGTERM' ? [`timed out after ${timeoutMs / 1000}s`] : said.length ? said : [e.message];
    throw new UsageError(
      `ansible-inventory could not read ${file}`,
      why.map((l) => `${file}: ${l}`),
    );
  }
  const list = JSON.parse(out) as ListOutput;
  const hostvars = list._meta?.hostvars ?? {};
  const groupOf = (g: string) => list[g] as { hosts?: string[]; children?: string[] } | undefined;

  // Hosts in Ansible's own walk from `all`; hosts without variables appear only in their groups.
  const hosts = new Map<string, Vars>();
  const members = new Map<string, string[]>();
  const walk = (g: string, seen: Set<string>): string[] => {
    if (members.has(g)) return members.get(g)!;
    if (seen.has(g)) return [];
    seen.add(g);
    const own = groupOf(g)?.hosts ?? [];
    for (const h of own) if (!hosts.has(h)) hosts.set(h, hostvars[h] ?? {});
    const all = [...new Set([...own, ...(groupOf(g)?.children ?? []).flatMap((c) => walk(c, seen))])];
    members.set(g, all);
    return all;
  };
  walk('all', new Set());
  const groups = new Map([...members].filter(([g]) => g !== 'all' && g !== 'ungrouped'));
  return { hosts, groups };
}
