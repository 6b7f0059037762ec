import { formatIssues } from './format-issues.js';
import { resolveHostVar } from './resolve-templates.js';
import { hostSchema } from './schema.js';

/**
 * An Ansible inventory as both readers see it (wezfleet's own parser and `ansible-inventory --list`):
 * hosts in order with their final variables, and every group with its members (children folded in).
 * `toRawInventory` turns it into wezfleet's own shape, which zod then checks.
 */
export type Vars = Record<string, unknown>;

export interface AnsibleInventory {
  /** Host names in the order Ansible adds them, with their merged variables. */
  hosts: Map<string, Vars>;
  /**
   * Group name -> every host in it, directly or through child groups, in the order Ansible's
   * `group[0]` follows (`ungrouped` included, `all` left out, as are groups with no host).
   */
  groups: Map<string, string[]>;
  /** Every host in the order Ansible's `all` lists them. */
  all: string[];
}

/**
 * Connection variables in the order Ansible's ssh connection and sudo become plugins list them: when
 * a host has several names for one option, the last one set wins (ansible_ssh_host over ansible_host).
 */
const SOURCES: [field: string, names: string[]][] = [
  ['host', ['ansible_host', 'ansible_ssh_host']],
  ['port', ['ansible_port', 'ansible_ssh_port']],
  ['user', ['ansible_user', 'ansible_ssh_user']],
  ['identity_file', ['ansible_private_key_file', 'ansible_ssh_private_key_file']],
  ['sudo', ['ansible_become']],
  ['sudo_user', ['ansible_become_user', 'ansible_sudo_user']],
  ['ram', ['wezfleet_ram']],
  ['profile', ['wezfleet_profile']],
  ['config', ['wezfleet_config']],
  ['tags', ['wezfleet_tags']],
];

/** INI values arrive as text ("yes", "2222"); Ansible's own conversions, so that zod sees types. */
function coerce(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'sudo') {
    if (/^(yes|true|on|1)$/i.test(value)) return true;
    if (/^(no|false|off|0)$/i.test(value)) return false;
  }
  if (['port', 'ram', 'profile'].includes(field) && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  if (field === 'tags')
    return value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
  return value;
}

/** One host's record in wezfleet's shape, and each problem with it as `HOST: VARIABLE ...`. */
function hostFromVars(name: string, vars: Vars): { host: Record<string, unknown>; problems: string[] } {
  const host: Record<string, unknown> = { name };
  const from = new Map<string, string>();
  const problems: string[] = [];
  for (const [field, names] of SOURCES) {
    const source = names.filter((n) => vars[n] !== undefined && vars[n] !== null).at(-1);
    if (source === undefined) continue;
    const resolved = resolveHostVar(vars, name, source);
    if ('problem' in resolved) problems.push(resolved.problem);
    else if (resolved.value !== undefined && resolved.value !== null) {
      host[field] = coerce(field, resolved.value);
      from.set(field, source);
    }
  }
  const checked = hostSchema.safeParse(host, { reportInput: true });
  if (!checked.success) {
    // zod says `port: ...`; the inventory's author wrote ansible_port.
    for (const issue of formatIssues(checked.error.issues)) {
      const field = /^[a-z_]+/.exec(issue)?.[0] ?? '';
      problems.push(`${name}: ${from.has(field) ? from.get(field)! + issue.slice(field.length) : issue}`);
    }
  }
  return { host, problems };
}

/**
 * wezfleet's shape of the inventory, and the hosts it cannot use, each with its problems: a host
 * whose variables wezfleet cannot use fails alone, and the rest of the inventory stays usable.
 */
export function toRawInventory(inv: AnsibleInventory): { raw: unknown; unusable: Map<string, string[]>; allHosts: string[] } {
  const unusable = new Map<string, string[]>();
  const hosts = [...inv.hosts].map(([name, vars]) => {
    const { host, problems } = hostFromVars(name, vars);
    if (!problems.length) return host;
    unusable.set(name, problems);
    return { name };
  });
  const groups = Object.fromEntries([...inv.groups].filter(([g]) => g !== 'all'));
  return { raw: Object.keys(groups).length ? { hosts, groups } : { hosts }, unusable, allHosts: inv.all };
}
