import { UsageError } from '../errors.js';
import { globToRegExp as glob } from '../glob.js';
import type { Inventory, InventoryHost } from './load-inventory.js';

function matches(host: InventoryHost, pattern: string, inventory: Inventory): boolean {
  if (pattern.startsWith('tag:')) return host.tags.some((t) => glob(pattern.slice(4)).test(t));
  if (pattern.startsWith('group:')) {
    const re = glob(pattern.slice(6));
    return [...inventory.groups].some(([g, members]) => re.test(g) && members.includes(host.name));
  }
  return glob(pattern).test(host.name);
}

/**
 * `--limit` patterns (repeatable, comma-separated): names, globs, `tag:x`, `group:y`, and `!pattern`
 * exclusions. The result is every host matching a positive pattern (all hosts when there is none)
 * minus the excluded ones, in inventory order. A pattern that matches nothing is an error.
 */
export function selectHosts(inventory: Inventory, limits: readonly string[]): InventoryHost[] {
  const patterns = limits.flatMap((l) => l.split(',')).map((p) => p.trim()).filter(Boolean);
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const unmatched = [...include, ...exclude].filter((p) => !inventory.hosts.some((h) => matches(h, p, inventory)));
  if (unmatched.length) {
    throw new UsageError(`--limit matches no host in ${inventory.file}`, unmatched.map((p) => `--limit ${p}: no host, tag or group matches`));
  }
  const selected = inventory.hosts.filter(
    (h) => (include.length === 0 || include.some((p) => matches(h, p, inventory))) && !exclude.some((p) => matches(h, p, inventory)),
  );
  if (!selected.length) throw new UsageError(`--limit ${patterns.join(',')} leaves no host to work on`);
  return selected;
}
