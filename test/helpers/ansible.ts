import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { packageRoot } from '../../src/core/assets.js';
import { UsageError } from '../../src/core/errors.js';
import { findAnsibleInventory } from '../../src/inventory/ansible-inventory.js';
import type { Inventory } from '../../src/inventory/load-inventory.js';
import { selectHosts, type Selection } from '../../src/inventory/select-hosts.js';

/**
 * Ansible itself, as the reference the inventory tests compare wezfleet with. Ansible is a Debian
 * package that CI installs: its absence fails the test that needs it, with a message, never skips.
 * Every run gets a config, home and temp folder of its own, so no test reads or writes ~/.ansible.
 */
export function requireAnsible(): { inventoryBin: string; env: NodeJS.ProcessEnv; cleanup(): void } {
  const inventoryBin = findAnsibleInventory();
  assert.ok(inventoryBin, 'ansible-inventory is not on PATH: install Ansible (apt-get install ansible) to run the inventory tests');
  const home = mkdtempSync(join(tmpdir(), 'wezfleet-ansible-home-'));
  writeFileSync(join(home, 'ansible.cfg'), '');
  const env = {
    ...process.env,
    ANSIBLE_CONFIG: join(home, 'ansible.cfg'),
    ANSIBLE_HOME: join(home, 'home'),
    ANSIBLE_LOCAL_TEMP: join(home, 'tmp'),
    ANSIBLE_NOCOLOR: '1',
    ANSIBLE_LOCALHOST_WARNING: 'False',
    ANSIBLE_INVENTORY_UNPARSED_WARNING: 'False',
  };
  // wezfleet's own calls to ansible-inventory, in this process, use the same isolation.
  for (const k of ['ANSIBLE_CONFIG', 'ANSIBLE_HOME', 'ANSIBLE_LOCAL_TEMP'] as const) process.env[k] = env[k];
  return { inventoryBin, env, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, maxBuffer: 64 * 2 ** 20, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * `ansible PATTERN -i INVENTORY --list-hosts [--limit LIMIT]`: the host names; undefined when Ansible
 * fails or ignores a pattern that matches nothing (it warns and goes on; wezfleet refuses).
 */
export async function ansibleListHosts(
  env: NodeJS.ProcessEnv,
  inventory: string,
  pattern: string,
  limit?: string,
): Promise<string[] | undefined> {
  const r = await run('ansible', [pattern, '-i', inventory, '--list-hosts', ...(limit === undefined ? [] : ['--limit', limit])], env);
  if (r.code !== 0 || /Could not match supplied host pattern/.test(r.stderr)) return undefined;
  const lines = r.stdout.split('\n');
  const at = lines.findIndex((l) => /^\s*hosts \(\d+\):$/.test(l));
  assert.ok(at >= 0, `unexpected output of ansible --list-hosts:\n${r.stdout}\n${r.stderr}`);
  return lines
    .slice(at + 1)
    .map((l) => l.trim())
    .filter(Boolean);
}

export interface AnsibleConnection {
  address: string;
  port?: number;
  user?: string;
}

/**
 * Each host's address, port and user as Ansible's ssh connection would take them, templates
 * resolved (ansible -m debug runs on this machine and connects nowhere); a host whose values
 * Ansible cannot template is absent.
 */
export async function ansibleConnections(env: NodeJS.ProcessEnv, inventory: string): Promise<Map<string, AnsibleConnection>> {
  const v = (names: string[]) => names.reduceRight((rest, n) => `hostvars[inventory_hostname]['${n}'] | default(${rest})`, 'none');
  const msg = `{{ {'address': ${v(['ansible_ssh_host', 'ansible_host'])} | default(inventory_hostname, true), 'port': ${v(['ansible_ssh_port', 'ansible_port'])}, 'user': ${v(['ansible_ssh_user', 'ansible_user'])}} | to_json }}`;
  const r = await run('ansible', ['all', '-i', inventory, '-m', 'debug', '-a', `msg=${msg}`, '-o', '--forks', '20'], env);
  const out = new Map<string, AnsibleConnection>();
  for (const line of r.stdout.split('\n')) {
    const m = /^(\S+) \| SUCCESS => (.*)$/.exec(line);
    if (!m) continue;
    const said = (JSON.parse(m[2]!) as { msg: unknown }).msg;
    // Ansible may turn the JSON text back into a mapping on its way out.
    const raw = (typeof said === 'string' ? JSON.parse(said) : said) as {
      address: string;
      port: number | string | null;
      user: string | null;
    };
    const c: AnsibleConnection = { address: String(raw.address) };
    if (raw.port !== null && raw.port !== undefined) c.port = Number(raw.port);
    if (raw.user !== null && raw.user !== undefined) c.user = String(raw.user);
    out.set(m[1]!, c);
  }
  return out;
}

/** What wezfleet uses of an inventory, in a form two readers can be compared on. */
export function inventoryView(inv: Inventory) {
  const hosts = [...inv.hosts]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((h) => ({
      name: h.name,
      address: h.address,
      port: h.port,
      user: h.user,
      identityFile: h.identityFile,
      sudo: h.sudo,
      sudoUser: h.sudoUser,
      ram: h.ram,
      profile: h.profile,
      tags: h.tags,
      groups: [...h.groups].sort(),
      unusable: h.unusable,
    }));
  const groups = Object.fromEntries([...inv.groups].sort(([a], [b]) => a.localeCompare(b)).map(([g, m]) => [g, [...m].sort()]));
  return { hosts, groups };
}

/**
 * wezfleet selects what Ansible lists (as sets: wezfleet keeps inventory order); where Ansible
 * ignores a pattern that matches nothing, or selects none, wezfleet refuses with a UsageError.
 */
export function assertSelectsAsAnsible(inv: Inventory, selection: Selection, expected: string[] | undefined, what: string): void {
  if (!expected?.length) {
    assert.throws(() => selectHosts(inv, selection), UsageError, `${what} (${inv.reader}): Ansible ignores a pattern or selects none`);
    return;
  }
  let got: string[];
  try {
    got = selectHosts(inv, selection).map((h) => h.name);
  } catch (err) {
    assert.fail(
      `${what} (${inv.reader}): Ansible selects ${expected.join(' ')}; wezfleet: ${String(err)} ${(err as UsageError).issues?.join('; ')}`,
    );
  }
  assert.deepEqual([...got].sort(), [...expected].sort(), `${what} (${inv.reader})`);
}

export interface AnsibleAnswers {
  /** Per query, what `ansible PATTERN --list-hosts [--limit LIMIT]` lists; undefined where it fails or ignores a pattern. */
  lists: (string[] | undefined)[];
  /** Each host's connection, templates resolved; absent where Ansible cannot template it. */
  connections: Map<string, AnsibleConnection>;
}

/** The Python that runs Ansible here: the one its `ansible` command names. */
function ansiblePython(env: NodeJS.ProcessEnv): string {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    try {
      const first = readFileSync(join(dir, 'ansible'), 'utf8').split('\n')[0]!;
      if (first.startsWith('#!')) return first.slice(2).trim().split(/\s+/).at(-1)!;
    } catch {
      /* not here */
    }
  }
  return 'python3';
}

/** Many questions to Ansible's own code in one process (test/helpers/ask-ansible.py says why and how). */
export function askAnsible(env: NodeJS.ProcessEnv, inventory: string, queries: readonly [string, string | null][]): AnsibleAnswers {
  const out = execFileSync(ansiblePython(env), [join(packageRoot(), 'test', 'helpers', 'ask-ansible.py')], {
    env,
    input: JSON.stringify({ inventory, queries }),
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const answer = JSON.parse(out) as {
    queries: ({ hosts: string[]; ignored: boolean } | { error: string })[];
    connections: Record<string, { address: string; port: number | null; user: string | null } | { error: string }>;
  };
  const connections = new Map<string, AnsibleConnection>();
  for (const [host, c] of Object.entries(answer.connections)) {
    if ('error' in c) continue;
    connections.set(host, {
      address: c.address,
      ...(c.port === null ? {} : { port: c.port }),
      ...(c.user === null ? {} : { user: c.user }),
    });
  }
  return { lists: answer.queries.map((q) => ('error' in q || q.ignored ? undefined : q.hosts)), connections };
}
