import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { AnsibleInventory, Vars } from './ansible-model.js';
import { orderGroupHosts } from './order-group-hosts.js';

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
  const own = (g: string) => groupOf(g)?.hosts ?? [];
  const children = (g: string) => groupOf(g)?.children ?? [];

  // Hosts in Ansible's own walk from `all`; hosts without variables appear only in their groups.
  const hosts = new Map<string, Vars>();
  const names = new Set<string>();
  const walk = (g: string) => {
    if (names.has(g)) return;
    names.add(g);
    for (const h of own(g)) if (!hosts.has(h)) hosts.set(h, hostvars[h] ?? {});
    for (const c of children(g)) walk(c);
  };
  walk('all');
  const groups = new Map<string, string[]>();
  for (const g of names) if (g !== 'all') groups.set(g, orderGroupHosts(g, own, children));
  return { hosts, groups: new Map([...groups].filter(([, m]) => m.length)), all: orderGroupHosts('all', own, children) };
}
