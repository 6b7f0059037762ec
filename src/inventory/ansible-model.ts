/**
 * An Ansible inventory as both readers see it (wezfleet's own parser and `ansible-inventory --list`):
 * hosts in order with their final variables, and every group with its members (children folded in).
 * `toRawInventory` turns it into wezfleet's own shape, which zod then checks.
 */
export type Vars = Record<string, unknown>;

export interface AnsibleInventory {
  /** Host names in the order Ansible would walk them, with their merged variables. */
  hosts: Map<string, Vars>;
  /** Group name -> every host in it, directly or through child groups (`all` and `ungrouped` left out). */
  groups: Map<string, string[]>;
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

function hostFromVars(name: string, vars: Vars): Record<string, unknown> {
  const host: Record<string, unknown> = { name };
  for (const [field, names] of SOURCES) {
    for (const n of names) if (vars[n] !== undefined && vars[n] !== null) host[field] = coerce(field, vars[n]);
  }
  return host;
}

export function toRawInventory(inv: AnsibleInventory): unknown {
  const hosts = [...inv.hosts].map(([name, vars]) => hostFromVars(name, vars));
  const groups = Object.fromEntries([...inv.groups].filter(([g]) => g !== 'all' && g !== 'ungrouped'));
  return Object.keys(groups).length ? { hosts, groups } : { hosts };
}
