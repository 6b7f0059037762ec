import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';

/** What -i names: an inventory file or folder, or hosts written out (`web1,web2,` or one `user@host:port`). */
export type InventorySource = { kind: 'path'; path: string } | { kind: 'hosts'; text: string; single: boolean };

/** Endings of inventory files: a word with one is a file that is missing, not a host's name. */
const FILE_ENDINGS = /\.(ya?ml|ini|json|toml|cfg|conf|txt|py|sh|example)$/i;

/** Text that names hosts when no such file exists: a comma-separated list, or one word that could be a host. */
export function couldNameHosts(text: string): boolean {
  return text.includes(',') || (/^(?:[^@\s/]+@)?[^@\s/]+$/.test(text) && !FILE_ENDINGS.test(text) && !/^[.~]/.test(text));
}

/**
 * -i VALUE as Ansible reads it, plus one case of wezfleet's own: an existing path is an inventory;
 * text with a comma and no such file is a list of hosts (Ansible's host_list); a single word that
 * is no file and could be a host (`gpu-01`, `ops@10.0.0.5:2222`) is that one host, where Ansible
 * would say it cannot parse the source. A word that looks like a file name (a `/`, an ending such
 * as `.yaml`) is a missing file. Without -i: ./inventory.yaml, else
 * ~/.config/wezfleet/inventory.yaml; undefined means this machine alone.
 */
export function findInventorySource(flag: string | undefined, cwd = process.cwd(), env = process.env): InventorySource | undefined {
  if (flag !== undefined) {
    const path = resolve(cwd, flag);
    if (existsSync(path)) return { kind: 'path', path };
    if (couldNameHosts(flag)) return { kind: 'hosts', text: flag, single: !flag.includes(',') };
    throw new UsageError(`inventory ${flag} does not exist`);
  }
  const candidates = [
    join(cwd, 'inventory.yaml'),
    join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'wezfleet', 'inventory.yaml'),
  ];
  const found = candidates.find((f) => existsSync(f));
  return found === undefined ? undefined : { kind: 'path', path: found };
}
