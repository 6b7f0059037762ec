import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { UsageError } from '../errors.js';
import type { HostSpec } from '../host/context.js';
import type { SettingOverrides } from '../profile/overrides.js';
import { ansibleToRaw, looksLikeAnsibleYaml, parseAnsibleIni, parseAnsibleYaml } from './ansible.js';
import { formatIssues } from './format-issues.js';
import { inventorySchema, type RawInventory } from './schema.js';

export interface InventoryHost extends HostSpec {
  /** What to connect to: an address or an alias from ~/.ssh/config (the name when not given). */
  address: string;
  port?: number;
  user?: string;
  identityFile?: string;
  proxyJump?: string;
  tags: string[];
  /** Groups the host belongs to. */
  groups: string[];
}

export interface Inventory {
  file: string;
  format: 'wezfleet' | 'ansible-yaml' | 'ansible-ini';
  hosts: InventoryHost[];
  groups: Map<string, string[]>;
  /** An ssh_config to use instead of ~/.ssh/config. */
  sshConfig?: string;
}

/** -i FILE, else ./inventory.yaml, else ~/.config/wezfleet/inventory.yaml; undefined means this machine alone. */
export function findInventoryFile(flag: string | undefined, cwd = process.cwd(), env = process.env): string | undefined {
  if (flag !== undefined) {
    const file = resolve(cwd, flag);
    if (!existsSync(file)) throw new UsageError(`inventory ${flag} does not exist`);
    return file;
  }
  const candidates = [join(cwd, 'inventory.yaml'), join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'wezfleet', 'inventory.yaml')];
  return candidates.find((f) => existsSync(f));
}

function expandHome(path: string): string {
  return path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}

function toInventory(file: string, format: Inventory['format'], raw: RawInventory): Inventory {
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
  if (issues.length) throw new UsageError(`invalid inventory ${file}`, issues.map((i) => `${file}: ${i}`));

  const hosts = raw.hosts.map((h): InventoryHost => {
    const pick = <K extends keyof typeof d & keyof typeof h>(k: K) => h[k] ?? d[k];
    const host: InventoryHost = {
      name: h.name,
      address: h.host ?? h.name,
      tags: h.tags ?? [],
      groups: [...groups].filter(([, members]) => members.includes(h.name)).map(([g]) => g),
      settings: { ...(d.settings as SettingOverrides | undefined), ...(h.settings as SettingOverrides | undefined) },
      sudo: pick('sudo') ?? false,
    };
    const port = pick('port');
    const user = pick('user');
    const identity = pick('identity_file');
    const jump = pick('proxy_jump');
    const ram = pick('ram');
    const profile = pick('profile');
    const config = pick('config');
    const sudoUser = pick('sudo_user');
    if (port !== undefined) host.port = port;
    if (user !== undefined) host.user = user;
    if (identity !== undefined) host.identityFile = expandHome(identity);
    if (jump !== undefined) host.proxyJump = jump;
    if (ram !== undefined) host.ram = ram;
    if (profile !== undefined) host.profile = profile;
    if (config !== undefined) host.config = config;
    if (sudoUser !== undefined) host.sudoUser = sudoUser;
    return host;
  });
  const inventory: Inventory = { file, format, hosts, groups };
  if (d.ssh_config) inventory.sshConfig = expandHome(d.ssh_config);
  return inventory;
}

/** Reads and validates an inventory; every problem is reported at once as `FILE: path: message` (exit 2). */
export function loadInventory(file: string): Inventory {
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  let format: Inventory['format'] = 'wezfleet';
  let raw: unknown;
  const iniLike = /^\s*\[[^\]]+\]\s*$/m.test(text);
  if (doc.errors.length || (iniLike && typeof doc.toJS() !== 'object')) {
    if (!iniLike) {
      throw new UsageError(`cannot read inventory ${file}`, doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return `${file}:${pos.line}:${pos.col}: ${e.message.split('\n')[0]}`;
      }));
    }
    format = 'ansible-ini';
    raw = ansibleToRaw(parseAnsibleIni(text, file));
  } else {
    raw = doc.toJS();
    if (looksLikeAnsibleYaml(raw)) {
      format = 'ansible-yaml';
      raw = ansibleToRaw(parseAnsibleYaml(raw));
    }
  }
  const parsed = inventorySchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const names = Array.isArray((raw as { hosts?: unknown })?.hosts) ? ((raw as { hosts: { name?: unknown }[] }).hosts.map((h) => h?.name)) : [];
    const issues = formatIssues(parsed.error.issues).map((issue) =>
      // For converted Ansible inventories, say which host a hosts[i] is.
      format === 'wezfleet' ? issue : issue.replace(/^hosts\[(\d+)\]/, (all, i: string) => `${all} (${String(names[Number(i)])})`),
    );
    throw new UsageError(`invalid inventory ${file}`, issues.map((i) => `${file}: ${i}`));
  }
  return toInventory(file, format, parsed.data);
}
