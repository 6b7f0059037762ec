import { UsageError } from '../core/errors.js';
import type { AnsibleInventory, Vars } from './ansible-model.js';
import { readVarsDirs, type VarsDirs } from './ansible-vars-dirs.js';
import { MAX_GROUP_DEPTH, MAX_INVENTORY_HOSTS } from './limits.js';

/**
 * wezfleet's own reader of Ansible inventories (YAML or INI), for machines without ansible-inventory.
 * It gives the answers ansible-inventory gives (a test compares the two): ranges with steps,
 * `host:port`, children, group vars, group_vars/ and host_vars/ beside the file, Ansible's order of
 * precedence. Dynamic inventories (scripts, plugins) need ansible-inventory itself.
 */
export interface ParsedAnsible {
  /** Hosts in the order they first appear, with the variables the file gives them. */
  hostVars: Map<string, Vars>;
  groupVars: Map<string, Vars>;
  children: Map<string, string[]>;
  /** Group -> the hosts listed under it directly. */
  direct: Map<string, Set<string>>;
}

const emptyParsed = (): ParsedAnsible => ({ hostVars: new Map(), groupVars: new Map(), children: new Map(), direct: new Map() });

/**
 * `web[01:06:2]` -> web01, web03, web05; letters too (`db-[a:c]`); `[:3]` starts at 0. As Ansible
 * expands them, up to `limit` names (a range past it is refused, not expanded).
 */
export function expandHostRange(pattern: string, limit = MAX_INVENTORY_HOSTS): string[] {
  const size = rangeSize(pattern);
  if (size > limit) throw new UsageError(`host range ${pattern} expands to more than ${limit.toLocaleString('en-US')} hosts`);
  return expandRange(pattern);
}

/** How many names a pattern's ranges make (their product), counted before any is made. */
function rangeSize(pattern: string): number {
  let size = 1;
  for (const m of pattern.matchAll(/\[([0-9]*|[a-zA-Z]):([0-9]+|[a-zA-Z])(?::([0-9]+))?\]/g)) {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const at = (x: string) => (/^\d+$/.test(x) ? Number(x) : letters.indexOf(x));
    const step = Math.max(1, Number(m[3] ?? 1));
    size *= Math.max(0, Math.floor((at(m[2]!) - at(m[1] || '0')) / step) + 1);
  }
  return size;
}

function expandRange(pattern: string): string[] {
  const m = /^(.*?)\[([0-9]*|[a-zA-Z]):([0-9]+|[a-zA-Z])(?::([0-9]+))?\](.*)$/.exec(pattern);
  if (!m) return [pattern];
  const [, pre, fromText, to, stepText, post] = m as unknown as [string, string, string, string, string | undefined, string];
  const from = fromText || '0';
  const step = stepText === undefined ? 1 : Number(stepText);
  if (step < 1) throw new UsageError(`host range ${pattern}: the step must be at least 1`);
  const out: string[] = [];
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const width = from.length > 1 && from.startsWith('0') ? from.length : 0;
    if (width && width !== to.length)
      throw new UsageError(`host range ${pattern}: a zero-padded range needs begin and end of the same width`);
    for (let i = Number(from); i <= Number(to); i += step) out.push(...expandRange(`${pre}${String(i).padStart(width, '0')}${post}`));
  } else if (/^[a-zA-Z]$/.test(from) && /^[a-zA-Z]$/.test(to)) {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let i = letters.indexOf(from); i <= letters.indexOf(to); i += step) out.push(...expandRange(`${pre}${letters[i]}${post}`));
  } else {
    throw new UsageError(`host range ${pattern}: begin and end must both be numbers or both letters`);
  }
  return out;
}

/** INI values as Ansible's literal_eval reads them: numbers and True/False typed, the rest text. */
function scalar(text: string): unknown {
  const quoted = /^(["'])(.*)\1$/.exec(text);
  if (quoted) return quoted[2];
  if (/^-?\d+$/.test(text)) return Number(text);
  if (text === 'True' || text === 'true') return true;
  if (text === 'False' || text === 'false') return false;
  return text;
}

function addHost(p: ParsedAnsible, pattern: string, vars: Vars, group: string | undefined): void {
  for (const host of expandHostRange(pattern)) {
    p.hostVars.set(host, { ...p.hostVars.get(host), ...vars });
    if (group) directOf(p, group).add(host);
  }
  if (p.hostVars.size > MAX_INVENTORY_HOSTS) throw new UsageError(`more than ${MAX_INVENTORY_HOSTS.toLocaleString('en-US')} hosts`);
}

function directOf(p: ParsedAnsible, group: string): Set<string> {
  let set = p.direct.get(group);
  if (!set) p.direct.set(group, (set = new Set()));
  return set;
}

/**
 * The groups' children, checked before anything walks them: a cycle is refused as Ansible refuses
 * it ("Adding group 'a' as child to 'b' creates a recursive dependency loop."), and so is nesting
 * deeper than MAX_GROUP_DEPTH. Iterative: no depth of nesting can overflow a stack here.
 */
function checkGroupGraph(p: ParsedAnsible): void {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of p.children.keys()) {
    if (state.has(root)) continue;
    const stack: { group: string; next: number }[] = [{ group: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const kids = p.children.get(top.group) ?? [];
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

/** `host:2222` (outside a range's brackets) is the host and its port, as Ansible's INI allows. */
function splitPort(name: string): [string, Vars] {
  const m = /^(.+):(\d+)$/.exec(name);
  if (!m || (m[1]!.match(/\[/g)?.length ?? 0) !== (m[1]!.match(/\]/g)?.length ?? 0)) return [name, {}];
  return [m[1]!, { ansible_port: Number(m[2]) }];
}

export function parseAnsibleIni(text: string, file: string): ParsedAnsible {
  const p = emptyParsed();
  let section = 'ungrouped';
  let kind: 'hosts' | 'vars' | 'children' = 'hosts';
  const bad = (line: number, message: string) =>
    new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}:${line}: ${message}`]);
  text.split(/\r?\n/).forEach((raw, i) => {
    try {
      iniLine(raw, i);
    } catch (err) {
      if (err instanceof UsageError && !err.issues.length) throw bad(i + 1, err.message);
      throw err;
    }
  });
  try {
    checkGroupGraph(p);
  } catch (err) {
    throw err instanceof UsageError ? new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}: ${err.message}`]) : err;
  }
  return p;

  function iniLine(raw: string, i: number): void {
    const line = raw.replace(/\s[#;].*$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[([^\]:]+)(?::(vars|children))?\]$/.exec(line);
    if (header) {
      section = header[1]!;
      kind = (header[2] as 'vars' | 'children' | undefined) ?? 'hosts';
      if (kind === 'hosts') directOf(p, section);
      return;
    }
    const fields = [...line.matchAll(/(\S+?=(?:"[^"]*"|'[^']*'|\S*))|(\S+)/g)].map((m) => m[0]);
    if (kind === 'children') {
      p.children.set(section, [...(p.children.get(section) ?? []), fields[0]!]);
    } else if (kind === 'vars') {
      const eq = line.indexOf('=');
      if (eq < 1) throw bad(i + 1, `expected key=value in [${section}:vars]`);
      p.groupVars.set(section, { ...p.groupVars.get(section), [line.slice(0, eq).trim()]: scalar(line.slice(eq + 1).trim()) });
    } else {
      const [name, ...rest] = fields;
      const [host, portVars] = splitPort(name!);
      const vars: Vars = { ...portVars };
      for (const kv of rest) {
        const eq = kv.indexOf('=');
        if (eq < 1) throw bad(i + 1, `expected key=value after the host name, got ${JSON.stringify(kv)}`);
        vars[kv.slice(0, eq)] = scalar(kv.slice(eq + 1));
      }
      addHost(p, host, vars, section === 'ungrouped' ? undefined : section);
    }
  }
}

export interface YamlGroup {
  hosts?: Record<string, Vars | null>;
  children?: Record<string, YamlGroup | null>;
  vars?: Vars;
}

export function parseAnsibleYaml(doc: Record<string, YamlGroup | null>, file = 'the inventory'): ParsedAnsible {
  const p = emptyParsed();
  // Depth first, as Ansible reads it, with a stack of its own: the file decides the depth.
  const stack: { name: string; g: YamlGroup | null; path: string; depth: number }[] = Object.entries(doc)
    .map(([name, g]) => ({ name, g, path: name, depth: 0 }))
    .reverse();
  while (stack.length) {
    const { name, g, path, depth } = stack.pop()!;
    const bad = (message: string) => new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}: ${path}: ${message}`]);
    if (depth > MAX_GROUP_DEPTH) throw bad(`groups are nested more than ${MAX_GROUP_DEPTH} deep`);
    directOf(p, name);
    if (g?.vars) p.groupVars.set(name, { ...p.groupVars.get(name), ...g.vars });
    for (const [host, vars] of Object.entries(g?.hosts ?? {})) {
      const [h, portVars] = splitPort(host);
      try {
        addHost(p, h, { ...portVars, ...vars }, name === 'all' ? undefined : name);
      } catch (err) {
        throw err instanceof UsageError ? bad(`hosts: ${host}: ${err.message}`) : err;
      }
    }
    const kids = Object.entries(g?.children ?? {});
    for (const [child] of kids) {
      const list = p.children.get(name) ?? [];
      if (!list.includes(child)) p.children.set(name, [...list, child]);
    }
    for (const [child, sub] of kids.reverse()) stack.push({ name: child, g: sub, path: `${path}.children.${child}`, depth: depth + 1 });
  }
  try {
    checkGroupGraph(p);
  } catch (err) {
    throw err instanceof UsageError ? new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}: ${err.message}`]) : err;
  }
  return p;
}

/**
 * Final variables per host, merged in Ansible's order (VariableManager, default precedence): the
 * file's `all` vars, the file's vars of the host's other groups (by depth, then name),
 * group_vars/all, group_vars/GROUP in the same order, the file's host vars, host_vars/HOST.
 */
export function resolveAnsible(p: ParsedAnsible, dirs: VarsDirs = readVarsDirs(undefined)): AnsibleInventory {
  const groupNames = [...new Set([...p.direct.keys(), ...p.children.keys(), ...[...p.children.values()].flat()])].filter(
    (g) => g !== 'all',
  );
  const parents = new Map<string, string[]>();
  for (const [parent, kids] of p.children) for (const k of kids) parents.set(k, [...(parents.get(k) ?? []), parent]);
  const depth = (g: string, seen = new Set<string>()): number => {
    if (g === 'all' || seen.has(g)) return 0;
    seen.add(g);
    return 1 + Math.max(0, ...(parents.get(g) ?? []).filter((x) => x !== 'all').map((x) => depth(x, seen)));
  };
  const members = (g: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(g)) return new Set();
    seen.add(g);
    const out = new Set(p.direct.get(g) ?? []);
    for (const child of p.children.get(g) ?? []) for (const h of members(child, seen)) out.add(h);
    return out;
  };
  const grouped = new Set(groupNames.flatMap((g) => [...members(g)]));
  const ungrouped = [...p.hostVars.keys()].filter((h) => !grouped.has(h));
  const groups = new Map(groupNames.map((g) => [g, [...members(g)]]));
  if (ungrouped.length) groups.set('ungrouped', [...(groups.get('ungrouped') ?? []), ...ungrouped]);
  const order = (a: string, b: string) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);

  // Each host's groups, found once (a lookup per host and group would grow with their product).
  const groupsOf = new Map<string, string[]>();
  for (const [g, m] of groups) for (const h of m) groupsOf.set(h, [...(groupsOf.get(h) ?? []), g]);
  const hosts = new Map<string, Vars>();
  for (const [host, own] of p.hostVars) {
    const mine = [...(groupsOf.get(host) ?? [])].sort(order);
    hosts.set(
      host,
      Object.assign(
        {},
        p.groupVars.get('all'),
        ...mine.map((g) => p.groupVars.get(g) ?? {}),
        dirs.group('all'),
        ...mine.map((g) => dirs.group(g)),
        own,
        dirs.host(host),
      ) as Vars,
    );
  }
  groups.delete('ungrouped');
  return { hosts, groups };
}

/** Is this parsed YAML an Ansible inventory (top-level groups with hosts/children/vars)? */
export function looksLikeAnsibleYaml(doc: unknown): doc is Record<string, YamlGroup | null> {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  if (Array.isArray(d.hosts) || 'defaults' in d) return false;
  return Object.values(d).every(
    (g) =>
      g === null || (typeof g === 'object' && !Array.isArray(g) && Object.keys(g).every((k) => ['hosts', 'children', 'vars'].includes(k))),
  );
}
