import { UsageError } from '../core/errors.js';
import { globToRegExp as glob } from '../core/glob.js';
import type { Inventory, InventoryHost } from './load-inventory.js';

function matches(host: InventoryHost, pattern: string, inventory: Inventory): boolean {
  if (pattern === 'all') return true;
  if (pattern.startsWith('tag:')) return host.tags.some((t) => glob(pattern.slice(4)).test(t));
  const inGroup = (name: string) => {
    const re = glob(name);
    return [...inventory.groups].some(([g, members]) => re.test(g) && members.includes(host.name));
  };
  if (pattern.startsWith('group:')) return inGroup(pattern.slice(6));
  // As Ansible's `-l web`: a bare name is a host or a group.
  return glob(pattern).test(host.name) || inGroup(pattern);
}

/**
 * `web:&gpu,!web03` -> ['web', '&gpu', '!web03']: Ansible separates patterns with `,` or `:`; the `:`
 * of wezfleet's own `tag:x` and `group:y` is part of the pattern, not a separator.
 */
export function splitPatterns(limits: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of limits.flatMap((l) => l.split(','))) {
    const parts = piece.split(':');
    for (let i = 0; i < parts.length; i++) {
      const bare = parts[i]!.trim().replace(/^[!&]/, '');
      if ((bare === 'tag' || bare === 'group') && i + 1 < parts.length) {
        out.push(`${parts[i]!.trim()}:${parts[i + 1]!.trim()}`);
        i++;
      } else {
        out.push(parts[i]!.trim());
      }
    }
  }
  return out.filter(Boolean);
}

/**
 * `--limit` patterns as Ansible reads them (repeatable, separated by `,` or `:`): `all`, names, globs
 * and group names, `tag:x`, `group:y`, `&pattern` intersections and `!pattern` exclusions. The result is
 * every host matching a plain pattern (all hosts when there is none), kept only if it matches every
 * `&` pattern and no `!` one, in inventory order. A pattern that matches nothing is an error.
 */
export function selectHosts(inventory: Inventory, limits: readonly string[]): InventoryHost[] {
  const patterns = splitPatterns(limits);
  const include = patterns.filter((p) => !p.startsWith('!') && !p.startsWith('&'));
  const intersect = patterns.filter((p) => p.startsWith('&')).map((p) => p.slice(1));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const unmatched = [...include, ...intersect, ...exclude].filter((p) => !inventory.hosts.some((h) => matches(h, p, inventory)));
  if (unmatched.length) {
    throw new UsageError(
      `--limit matches no host in ${inventory.file}`,
      unmatched.map((p) => `--limit ${p}: no host, tag or group matches`),
    );
  }
  // An inventory with no hosts (all commented out) selects none; the command says what that means.
  if (!inventory.hosts.length) return [];
  const selected = inventory.hosts.filter(
    (h) =>
      (include.length === 0 || include.some((p) => matches(h, p, inventory))) &&
      intersect.every((p) => matches(h, p, inventory)) &&
      !exclude.some((p) => matches(h, p, inventory)),
  );
  if (!selected.length) throw new UsageError(`--limit ${patterns.join(',')} leaves no host to work on`);
  return selected;
}
