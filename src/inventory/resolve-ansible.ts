import type { AnsibleInventory, Vars } from './ansible-model.js';
import { addChild, type ParsedAnsible } from './ansible-parsed.js';
import { readVarsDirs, type VarsDirs } from './ansible-vars-dirs.js';
import { orderGroupHosts } from './order-group-hosts.js';

/**
 * What Ansible does once every file is read (InventoryData.reconcile_inventory): groups without a
 * parent become children of `all`, and a host in no group but `all` goes to `ungrouped` (and leaves
 * it once in another). Mutates `p`.
 */
function reconcile(p: ParsedAnsible): void {
  const parented = new Set([...p.groups.values()].flatMap((g) => g.children));
  for (const name of [...p.groups.keys()]) if (name !== 'all' && !parented.has(name)) addChild(p, 'all', name);
  const grouped = new Set([...p.groups].filter(([name]) => name !== 'all' && name !== 'ungrouped').flatMap(([, g]) => [...g.hosts]));
  const ungrouped = p.groups.get('ungrouped')!.hosts;
  for (const host of ungrouped) if (grouped.has(host)) ungrouped.delete(host);
  for (const host of p.hostVars.keys()) if (!grouped.has(host)) ungrouped.add(host);
}

/**
 * The final inventory: every host's variables merged in Ansible's order (VariableManager, default
 * precedence): the file's `all` vars, the file's vars of the host's other groups (by depth, then
 * name), group_vars/all, group_vars/GROUP in the same order, the file's host vars, host_vars/HOST.
 * Groups list their hosts as Ansible's get_hosts does; groups with no host are left out, as
 * `ansible-inventory --list` leaves them out.
 */
export function resolveAnsible(p: ParsedAnsible, dirs: VarsDirs = readVarsDirs(undefined)): AnsibleInventory {
  reconcile(p);
  const own = (g: string) => p.groups.get(g)?.hosts ?? [];
  const children = (g: string) => p.groups.get(g)?.children ?? [];
  const groups = new Map<string, string[]>();
  for (const name of p.groups.keys()) {
    if (name === 'all') continue;
    const members = orderGroupHosts(name, own, children);
    if (members.length) groups.set(name, members);
  }

  // Depth as Ansible counts it: one more than the deepest parent, `all` being 0.
  const parents = new Map<string, string[]>();
  for (const [parent, g] of p.groups) for (const k of g.children) parents.set(k, [...(parents.get(k) ?? []), parent]);
  const depths = new Map<string, number>([['all', 0]]);
  const depth = (g: string, seen = new Set<string>()): number => {
    if (depths.has(g)) return depths.get(g)!;
    if (seen.has(g)) return 0;
    seen.add(g);
    const d = 1 + Math.max(0, ...(parents.get(g) ?? []).map((x) => depth(x, seen)));
    depths.set(g, d);
    return d;
  };
  const order = (a: string, b: string) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);

  // Each host's groups, found once (a lookup per host and group would grow with their product).
  const groupsOf = new Map<string, string[]>();
  for (const [g, m] of groups) for (const h of m) groupsOf.set(h, [...(groupsOf.get(h) ?? []), g]);
  const hosts = new Map<string, Vars>();
  for (const [host, vars] of p.hostVars) {
    const mine = [...(groupsOf.get(host) ?? [])].sort(order);
    hosts.set(
      host,
      Object.assign(
        {},
        p.groupVars.get('all'),
        ...mine.map((g) => p.groupVars.get(g) ?? {}),
        dirs.group('all'),
        ...mine.map((g) => dirs.group(g)),
        vars,
        dirs.host(host),
      ) as Vars,
    );
  }
  return { hosts, groups, all: orderGroupHosts('all', own, children) };
}
