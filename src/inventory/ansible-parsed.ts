import { UsageError } from '../core/errors.js';
import type { Vars } from './ansible-model.js';
import { expandHostRange } from './expand-host-range.js';
import { MAX_GROUP_DEPTH, MAX_INVENTORY_HOSTS } from './limits.js';
import { parseAddress } from './parse-address.js';

/**
 * An Ansible inventory as its INI and YAML plugins build it (ansible/inventory/data.py), before
 * Ansible reconciles it: the order in which hosts and groups are added is kept, because Ansible's
 * `all`, `group[0]` and `group[1:3]` follow it.
 */
export interface ParsedAnsible {
  /** Hosts in the order Ansible adds them, with the variables the files give them. */
  hostVars: Map<string, Vars>;
  groupVars: Map<string, Vars>;
  /** Every group in the order Ansible creates it (`all`, `ungrouped` first), its own hosts and children in the order added. */
  groups: Map<string, { hosts: Set<string>; children: string[] }>;
}

export function emptyParsed(): ParsedAnsible {
  const p: ParsedAnsible = { hostVars: new Map(), groupVars: new Map(), groups: new Map() };
  addGroup(p, 'all');
  addChild(p, 'all', 'ungrouped');
  return p;
}

export function addGroup(p: ParsedAnsible, group: string): { hosts: Set<string>; children: string[] } {
  let g = p.groups.get(group);
  if (!g) p.groups.set(group, (g = { hosts: new Set(), children: [] }));
  return g;
}

export function addChild(p: ParsedAnsible, parent: string, child: string): void {
  addGroup(p, child);
  const kids = addGroup(p, parent).children;
  if (!kids.includes(child)) kids.push(child);
}

export function setGroupVar(p: ParsedAnsible, group: string, key: string, value: unknown): void {
  addGroup(p, group);
  p.groupVars.set(group, { ...p.groupVars.get(group), [key]: value });
}

/**
 * A host line's or key's hosts: `web[01:03]:2222` is three hosts on port 2222. As Ansible's
 * _expand_hostpattern: what parse_address cannot read is taken whole, with no port.
 */
export function expandHostPattern(pattern: string): { hosts: string[]; port?: number } {
  const address = parseAddress(pattern, true);
  const name = address?.host ?? pattern;
  const hosts = name.includes('[') ? expandHostRange(name) : [name];
  return address?.port === undefined ? { hosts } : { hosts, port: address.port };
}

/** Adds hosts to a group (and to the inventory), as InventoryData.add_host: a port is set only when the host is new. */
export function addHosts(p: ParsedAnsible, hosts: readonly string[], group: string, vars: Vars, port?: number): void {
  const members = addGroup(p, group).hosts;
  for (const host of hosts) {
    let own = p.hostVars.get(host);
    if (!own) {
      own = port === undefined ? {} : { ansible_port: port };
      if (p.hostVars.size >= MAX_INVENTORY_HOSTS) throw new UsageError(`more than ${MAX_INVENTORY_HOSTS.toLocaleString('en-US')} hosts`);
    }
    p.hostVars.set(host, { ...own, ...vars });
    members.add(host);
  }
}

/** Another file's inventory added to this one, as Ansible reads the files of a folder into one. */
export function mergeParsed(into: ParsedAnsible, from: ParsedAnsible): void {
  for (const [host, vars] of from.hostVars) {
    if (!into.hostVars.has(host) && into.hostVars.size >= MAX_INVENTORY_HOSTS)
      throw new UsageError(`more than ${MAX_INVENTORY_HOSTS.toLocaleString('en-US')} hosts`);
    into.hostVars.set(host, { ...into.hostVars.get(host), ...vars });
  }
  for (const [group, vars] of from.groupVars) into.groupVars.set(group, { ...into.groupVars.get(group), ...vars });
  for (const [name, g] of from.groups) {
    const target = addGroup(into, name);
    for (const h of g.hosts) target.hosts.add(h);
    for (const c of g.children) addChild(into, name, c);
  }
}

/**
 * The groups' children, checked before anything walks them: a cycle is refused as Ansible refuses
 * it ("Adding group 'a' as child to 'b' creates a recursive dependency loop."), and so is nesting
 * deeper than MAX_GROUP_DEPTH. Iterative: no depth of nesting can overflow a stack here.
 */
export function checkGroupGraph(p: ParsedAnsible): void {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of p.groups.keys()) {
    if (state.has(root)) continue;
    const stack: { group: string; next: number }[] = [{ group: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const kids = p.groups.get(top.group)?.children ?? [];
      if (top.next >= kids.length) {
        state.set(top.group, 'done');
        stack.pop();
        continue;
      }
      const child = kids[top.next++]!;
      if (state.get(child) === 'open') {
        throw new UsageError(`Adding group '${child}' as child to '${top.group}' creates a recursive dependency loop.`);
      }
      if (state.has(child)) continue;
      if (stack.length >= MAX_GROUP_DEPTH) throw new UsageError(`groups are nested more than ${MAX_GROUP_DEPTH} deep (under ${root})`);
      state.set(child, 'open');
      stack.push({ group: child, next: 0 });
    }
  }
}
