import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { UsageError, errorMessage } from '../core/errors.js';
import type { HostSpec } from '../core/host-spec.js';
import type { SettingOverrides } from '../profile/overrides.js';
import { parseAnsibleIni } from './parse-ansible-ini.js';
import { looksLikeAnsibleYaml, parseAnsibleYaml } from './parse-ansible-yaml.js';
import { resolveAnsible } from './resolve-ansible.js';
import { readWithAnsibleInventory, findAnsibleInventory } from './ansible-inventory.js';
import { readInventoryDir } from './read-inventory-dir.js';
import { toRawInventory } from './ansible-model.js';
import { readVarsDirs } from './ansible-vars-dirs.js';
import { parseHostList } from './parse-host-list.js';
import { formatIssues } from './format-issues.js';
import { inventorySchema, type RawInventory } from './schema.js';

export interface InventoryHost extends HostSpec {
  /** What to connect to: an address or an alias from ~/.ssh/config (the name when not given). */
  address: string;
  port?: number;
  user?: string;
  identityFile?: string;
  proxyJump?: string;
  transport?: 'auto' | 'ssh2' | 'openssh';
  tags: string[];
  /** Groups the host belongs to. */
  groups: string[];
  /**
   * Why the inventory's entry for this host cannot be used (an Ansible variable wezfleet cannot
   * resolve or check), as `HOST: VARIABLE ...`: the host fails with it, the others go on.
   */
  unusable?: string;
}

export interface Inventory {
  file: string;
  /** ansible-dir: a folder of static files; ansible-dynamic: scripts or plugins (read by ansible-inventory). */
  format: 'wezfleet' | 'ansible-yaml' | 'ansible-ini' | 'ansible-dir' | 'ansible-dynamic' | 'host-list';
  /** Who read it: wezfleet itself, or Ansible's ansible-inventory. */
  reader: 'wezfleet' | 'ansible-inventory';
  hosts: InventoryHost[];
  /** Group -> its hosts, in the order Ansible's `group[0]` follows (for Ansible inventories, `ungrouped` too). */
  groups: Map<string, string[]>;
  /** Every host name in the order Ansible's `all` lists them (for a wezfleet inventory, the file's order). */
  allHosts: string[];
  /** An ssh_config to use instead of ~/.ssh/config. */
  sshConfig?: string;
  /** What the reader skipped, as Ansible would with a warning (a folder's unreadable file). */
  notes: string[];
}

function expandHome(path: string): string {
  return path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}

function toInventory(file: string, read: Read, raw: RawInventory): Inventory {
  const { format, reader } = read;
  const d = raw.defaults ?? {};
  const issues: string[] = [];
  const seen = new Map<string, number>();
  raw.hosts.forEach((h, i) => {
    const first = seen.get(h.name);
    if (first !== undefined) issues.push(`hosts[${i}].name: "${h.name}" is already used by hosts[${first}]`);
    else seen.set(h.name, i);
  });
  const groups = new Map(Object.entries(raw.groups ?? {}));
  for (const [group, members] of groups) {
    members.forEach((m, i) => {
      if (!seen.has(m)) issues.push(`groups.${group}[${i}]: no host named "${m}"`);
    });
  }
  if (issues.length)
    throw new UsageError(
      `invalid inventory ${file}`,
      issues.map((i) => `${file}: ${i}`),
    );

  // Host -> its groups, in one pass: asking every group about every host grows with the square of the fleet.
  const groupsOf = new Map<string, string[]>();
  for (const [group, members] of groups)
    for (const m of members) {
      const list = groupsOf.get(m) ?? groupsOf.set(m, []).get(m)!;
      if (list.at(-1) !== group) list.push(group);
    }
  const hosts = raw.hosts.map((h): InventoryHost => {
    const pick = <K extends keyof typeof d & keyof typeof h>(k: K) => h[k] ?? d[k];
    const host: InventoryHost = {
      name: h.name,
      address: h.host ?? h.name,
      tags: h.tags ?? [],
      groups: groupsOf.get(h.name) ?? [],
      settings: { ...(d.settings as SettingOverrides | undefined), ...(h.settings as SettingOverrides | undefined) },
      sudo: pick('sudo') ?? false,
    };
    const port = pick('port');
    const user = pick('user');
    const identity = pick('identity_file');
    const jump = pick('proxy_jump');
    const transport = pick('transport');
    const ram = pick('ram');
    const profile = pick('profile');
    const config = pick('config');
    const sudoUser = pick('sudo_user');
    if (port !== undefined) host.port = port;
    if (user !== undefined) host.user = user;
    if (identity !== undefined) host.identityFile = expandHome(identity);
    if (jump !== undefined) host.proxyJump = jump;
    if (transport !== undefined) host.transport = transport;
    if (ram !== undefined) host.ram = ram;
    if (profile !== undefined) host.profile = profile;
    if (config !== undefined) host.config = config;
    if (sudoUser !== undefined) host.sudoUser = sudoUser;
    const problems = read.unusable?.get(h.name);
    if (problems) host.unusable = problems.join('; ');
    return host;
  });
  const inventory: Inventory = {
    file,
    format,
    reader,
    hosts,
    groups,
    allHosts: read.allHosts ?? hosts.map((h) => h.name),
    notes: read.notes ?? [],
  };
  if (d.ssh_config) inventory.sshConfig = expandHome(d.ssh_config);
  return inventory;
}

export interface LoadOptions {
  /**
   * How Ansible inventories are read: through this ansible-inventory, or (false) by wezfleet's own
   * reader. Default: WEZFLEET_ANSIBLE_INVENTORY (a path, or "off"), else ansible-inventory on PATH.
   */
  ansibleInventory?: string | false;
}

function ansibleInventoryOf(o: LoadOptions, env = process.env): string | undefined {
  if (o.ansibleInventory !== undefined) return o.ansibleInventory || undefined;
  const setting = env.WEZFLEET_ANSIBLE_INVENTORY;
  if (setting === 'off') return undefined;
  return setting || findAnsibleInventory(env);
}

/** An executable script or an inventory plugin's YAML: only Ansible can read those. */
function isDynamic(file: string, text: string, doc: unknown): boolean {
  if (statSync(file).mode & 0o111 && text.startsWith('#!')) return true;
  return Boolean(doc && typeof doc === 'object' && !Array.isArray(doc) && typeof (doc as { plugin?: unknown }).plugin === 'string');
}

/** The document's value; aliases that expand past the yaml library's bound (an alias bomb) are refused. */
function yamlValue(doc: Document, file: string): unknown {
  try {
    return doc.toJS();
  } catch (err) {
    throw new UsageError(`cannot read inventory ${file}`, [
      `${file}: ${errorMessage(err)} (YAML aliases that expand past 100 uses are refused)`,
    ]);
  }
}

interface Read {
  format: Inventory['format'];
  reader: Inventory['reader'];
  raw: unknown;
  /** Ansible hosts whose variables wezfleet cannot use, with why. */
  unusable?: Map<string, string[]>;
  /** The order of Ansible's `all`. */
  allHosts?: string[];
  notes?: string[];
}

/** The file's format and, for Ansible's, the inventory as Ansible would see it. */
function readRaw(file: string, o: LoadOptions): Read {
  const bin = ansibleInventoryOf(o);
  if (statSync(file).isDirectory()) {
    const { format, reader, inventory, notes } = readInventoryDir(file, bin);
    return { format, reader, ...toRawInventory(inventory), notes };
  }
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true });
  const value = doc.errors.length ? undefined : yamlValue(doc, file);
  const viaAnsible = (format: Inventory['format']): Read => ({
    format,
    reader: 'ansible-inventory',
    ...toRawInventory(readWithAnsibleInventory(file, bin!)),
  });
  if (isDynamic(file, text, value)) {
    if (!bin)
      throw new UsageError(
        `${file} is a dynamic Ansible inventory (a script or a plugin): reading it needs ansible-inventory (install Ansible)`,
      );
    return viaAnsible('ansible-dynamic');
  }
  const iniLike = /^\s*\[[^\]]+\]\s*$/m.test(text);
  if (doc.errors.length && !iniLike) {
    throw new UsageError(
      `cannot read inventory ${file}`,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        const message = e.message.split('\n')[0]!;
        // The YAML reader's own recursion is what a deeply nested file exhausts.
        const said = /call stack/i.test(message) ? 'nested too deep for the YAML reader' : message;
        return `${file}:${pos.line}:${pos.col}: ${said}`;
      }),
    );
  }
  // INI: what YAML cannot read, or reads as plain text (a bare list of host names).
  if (doc.errors.length || value === null || typeof value !== 'object') {
    if (bin) return viaAnsible('ansible-ini');
    return {
      format: 'ansible-ini',
      reader: 'wezfleet',
      ...toRawInventory(resolveAnsible(parseAnsibleIni(text, file), readVarsDirs(dirname(file)))),
    };
  }
  if (looksLikeAnsibleYaml(value)) {
    if (bin) return viaAnsible('ansible-yaml');
    return {
      format: 'ansible-yaml',
      reader: 'wezfleet',
      ...toRawInventory(resolveAnsible(parseAnsibleYaml(value, file), readVarsDirs(dirname(file)))),
    };
  }
  return { format: 'wezfleet', reader: 'wezfleet', raw: value };
}

/** Checks what was read; every problem is reported at once as `FILE: path: message` (exit 2). */
function checkRead(file: string, read: Read): Inventory {
  const { format, raw } = read;
  const parsed = inventorySchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const names = Array.isArray((raw as { hosts?: unknown })?.hosts)
      ? (raw as { hosts: { name?: unknown }[] }).hosts.map((h) => h?.name)
      : [];
    const issues = formatIssues(parsed.error.issues).map((issue) =>
      // For converted Ansible inventories, say which host a hosts[i] is.
      format === 'wezfleet' ? issue : issue.replace(/^hosts\[(\d+)\]/, (all, i: string) => `${all} (${String(names[Number(i)])})`),
    );
    throw new UsageError(
      `invalid inventory ${file}`,
      issues.map((i) => `${file}: ${i}`),
    );
  }
  return toInventory(file, read, parsed.data);
}

/** Reads and validates an inventory file or folder. */
export function loadInventory(file: string, o: LoadOptions = {}): Inventory {
  return checkRead(file, readRaw(file, o));
}

/** Hosts written out with -i (`web1,web2:2222,` or one `user@host`), as one ungrouped Ansible inventory. */
export function loadHostList(text: string, single: boolean): Inventory {
  const hosts = parseHostList(text).map((h) => ({
    name: h.name,
    ...(h.port === undefined ? {} : { port: h.port }),
    ...(h.user === undefined ? {} : { user: h.user }),
  }));
  const names = hosts.map((h) => h.name);
  return checkRead(text, {
    format: 'host-list',
    reader: 'wezfleet',
    raw: names.length ? { hosts, groups: { ungrouped: names } } : { hosts },
    allHosts: names,
    notes: single ? [`-i ${text}: no file of that name, so it is read as a host`] : [],
  });
}
