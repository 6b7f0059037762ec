import { parse as parseYaml } from 'yaml';
import { UsageError } from '../errors.js';

/**
 * Ansible inventories (YAML or INI) turned into wezfleet's own shape, so ops who have one don't retype
 * it. Used: ansible_host, ansible_port, ansible_user, ansible_ssh_private_key_file, ansible_become(_user),
 * wezfleet_ram / wezfleet_profile / wezfleet_config / wezfleet_tags, group membership (children
 * flattened) and vars inherited from groups. Other variables are ignored.
 */
type Vars = Record<string, unknown>;

interface Collected {
  hosts: Map<string, Vars>;
  groups: Map<string, Set<string>>;
}

/** `web[01:03]` -> web01, web02, web03; letters too (`db-[a:c]`). */
export function expandHostRange(pattern: string): string[] {
  const m = /^(.*)\[([0-9]+|[a-z]):([0-9]+|[a-z])\](.*)$/.exec(pattern);
  if (!m) return [pattern];
  const [, pre, from, to, post] = m as unknown as [string, string, string, string, string];
  const out: string[] = [];
  if (/^\d+$/.test(from)) {
    const width = from.length > 1 && from.startsWith('0') ? from.length : 0;
    for (let i = Number(from); i <= Number(to); i++) out.push(...expandHostRange(`${pre}${String(i).padStart(width, '0')}${post}`));
  } else {
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(...expandHostRange(`${pre}${String.fromCharCode(c)}${post}`));
  }
  return out;
}

function scalar(text: string): unknown {
  const t = text.replace(/^(["'])(.*)\1$/, '$2');
  if (/^\d+$/.test(t)) return Number(t);
  if (/^(true|yes)$/i.test(t)) return true;
  if (/^(false|no)$/i.test(t)) return false;
  return t;
}

function addHost(c: Collected, name: string, vars: Vars, group?: string): void {
  for (const host of expandHostRange(name)) {
    c.hosts.set(host, { ...c.hosts.get(host), ...vars });
    if (group) c.groups.set(group, new Set([...(c.groups.get(group) ?? []), host]));
  }
}

export function parseAnsibleIni(text: string, file: string): { collected: Collected; groupVars: Map<string, Vars>; children: Map<string, string[]> } {
  const c: Collected = { hosts: new Map(), groups: new Map() };
  const groupVars = new Map<string, Vars>();
  const children = new Map<string, string[]>();
  let section = 'ungrouped';
  let kind: 'hosts' | 'vars' | 'children' = 'hosts';
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s[#;].*$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[([^\]:]+)(?::(vars|children))?\]$/.exec(line);
    if (header) {
      section = header[1]!;
      kind = (header[2] as 'vars' | 'children' | undefined) ?? 'hosts';
      if (kind === 'hosts' && !c.groups.has(section)) c.groups.set(section, new Set());
      return;
    }
    const fields = [...line.matchAll(/(\S+?=(?:"[^"]*"|'[^']*'|\S*))|(\S+)/g)].map((m) => m[0]);
    if (kind === 'children') {
      children.set(section, [...(children.get(section) ?? []), fields[0]!]);
    } else if (kind === 'vars') {
      const eq = line.indexOf('=');
      if (eq < 1) throw new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}:${i + 1}: expected key=value in [${section}:vars]`]);
      groupVars.set(section, { ...groupVars.get(section), [line.slice(0, eq).trim()]: scalar(line.slice(eq + 1).trim()) });
    } else {
      const [name, ...rest] = fields;
      const vars: Vars = {};
      for (const kv of rest) {
        const eq = kv.indexOf('=');
        if (eq < 1) throw new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}:${i + 1}: expected key=value after the host name, got ${JSON.stringify(kv)}`]);
        vars[kv.slice(0, eq)] = scalar(kv.slice(eq + 1));
      }
      addHost(c, name!, vars, section === 'ungrouped' ? undefined : section);
    }
  });
  return { collected: c, groupVars, children };
}

interface YamlGroup {
  hosts?: Record<string, Vars | null>;
  children?: Record<string, YamlGroup | null>;
  vars?: Vars;
}

export function parseAnsibleYaml(doc: Record<string, YamlGroup | null>): { collected: Collected; groupVars: Map<string, Vars>; children: Map<string, string[]> } {
  const c: Collected = { hosts: new Map(), groups: new Map() };
  const groupVars = new Map<string, Vars>();
  const children = new Map<string, string[]>();
  const walk = (name: string, g: YamlGroup | null) => {
    if (!c.groups.has(name)) c.groups.set(name, new Set());
    if (g?.vars) groupVars.set(name, { ...groupVars.get(name), ...g.vars });
    for (const [host, vars] of Object.entries(g?.hosts ?? {})) addHost(c, host, vars ?? {}, name);
    for (const [child, sub] of Object.entries(g?.children ?? {})) {
      children.set(name, [...(children.get(name) ?? []), child]);
      walk(child, sub);
    }
  };
  for (const [name, g] of Object.entries(doc)) walk(name, g);
  return { collected: c, groupVars, children };
}

/** Host and group variables folded into wezfleet's shape: `all` first, then groups, then the host's own. */
export function ansibleToRaw(parsed: ReturnType<typeof parseAnsibleIni>): unknown {
  const { collected: c, groupVars, children } = parsed;
  // Flatten children into their parents' membership.
  const members = (group: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(group)) return new Set();
    seen.add(group);
    const own = new Set(c.groups.get(group) ?? []);
    for (const child of children.get(group) ?? []) for (const h of members(child, seen)) own.add(h);
    return own;
  };
  const groupNames = [...new Set([...c.groups.keys(), ...children.keys()])].filter((g) => g !== 'all' && g !== 'ungrouped');
  const groups = Object.fromEntries(groupNames.map((g) => [g, [...members(g)]]));
  const depth = (g: string): number => Math.max(0, ...[...children.entries()].filter(([, kids]) => kids.includes(g)).map(([parent]) => depth(parent) + 1));
  const hosts = [...c.hosts.entries()].map(([name, own]) => {
    const inherited = groupNames.filter((g) => groups[g]!.includes(name)).sort((a, b) => depth(a) - depth(b));
    const vars: Vars = { ...groupVars.get('all'), ...Object.assign({}, ...inherited.map((g) => groupVars.get(g) ?? {})), ...own };
    const host: Record<string, unknown> = { name };
    const map: [string, string][] = [
      ['ansible_host', 'host'], ['ansible_port', 'port'], ['ansible_user', 'user'], ['ansible_ssh_private_key_file', 'identity_file'],
      ['ansible_become', 'sudo'], ['ansible_become_user', 'sudo_user'], ['wezfleet_ram', 'ram'], ['wezfleet_profile', 'profile'],
      ['wezfleet_config', 'config'], ['wezfleet_tags', 'tags'],
    ];
    for (const [from, to] of map) if (vars[from] !== undefined) host[to] = vars[from];
    if (typeof host.tags === 'string') host.tags = host.tags.split(',').map((t) => t.trim());
    return host;
  });
  return Object.keys(groups).length ? { hosts, groups } : { hosts };
}

/** Is this parsed YAML an Ansible inventory (top-level groups with hosts/children/vars)? */
export function looksLikeAnsibleYaml(doc: unknown): doc is Record<string, YamlGroup | null> {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  if (Array.isArray(d.hosts) || 'defaults' in d) return false;
  return Object.values(d).every((g) => g === null || (typeof g === 'object' && !Array.isArray(g) && Object.keys(g as object).every((k) => ['hosts', 'children', 'vars'].includes(k))));
}

export { parseYaml };
