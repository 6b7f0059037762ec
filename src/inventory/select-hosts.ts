import { UsageError } from '../core/errors.js';
import type { Inventory, InventoryHost } from './load-inventory.js';
import { matchPattern } from './match-pattern.js';
import { readLimitFiles } from './read-limit-files.js';
import { splitPatterns } from './split-patterns.js';

export interface Selection {
  /** Host patterns, as `wezfleet plan PATTERN` (and `ansible PATTERN`) take them; none means `all`. */
  patterns?: readonly string[];
  /** `--limit` values (repeatable), which narrow the selection as Ansible's `--limit` does; `@FILE` reads patterns from FILE. */
  limits?: readonly string[];
}

/**
 * Ansible's _evaluate_patterns: the plain patterns' hosts, then only those every `&pattern`
 * selects, then none that a `!pattern` selects; with no plain pattern, `all`. A plain pattern that
 * is exactly a host's name is that host.
 */
function evaluate(inventory: Inventory, patterns: readonly string[], flag: string): Set<string> {
  const plain = patterns.filter((p) => !p.startsWith('&') && !p.startsWith('!'));
  const ordered = [...plain, ...patterns.filter((p) => p.startsWith('&')), ...patterns.filter((p) => p.startsWith('!'))];
  const names = new Set(inventory.hosts.map((h) => h.name));
  const unmatched: string[] = [];
  let hosts = new Set<string>(plain.length ? [] : inventory.allHosts);
  for (const p of ordered) {
    const that = new Set(names.has(p) ? [p] : matchPattern(inventory, p));
    if (!that.size) unmatched.push(p);
    if (p.startsWith('!')) hosts = new Set([...hosts].filter((h) => !that.has(h)));
    else if (p.startsWith('&')) hosts = new Set([...hosts].filter((h) => that.has(h)));
    else for (const h of that) hosts.add(h);
  }
  // Ansible only warns of a pattern that matches nothing; a typo should not silently widen or empty a run.
  if (unmatched.length)
    throw new UsageError(
      `${flag === '--limit' ? '--limit' : 'host pattern'} matches no host in ${inventory.file}`,
      unmatched.map((p) => `${flag} ${p}: no host, tag or group matches`),
    );
  return hosts;
}

/**
 * The hosts a command works on, in inventory order: those the patterns select (all when there is
 * none), narrowed to those the limits select. Patterns are read as Ansible reads them (names,
 * globs, groups, `~regex`, `group[0]`, `group[1:3]`, `&` and `!`; see split-patterns.ts and
 * match-pattern.ts). A pattern that matches nothing is an error, and so is a selection left empty.
 */
export function selectHosts(inventory: Inventory, selection: Selection = {}): InventoryHost[] {
  const patterns = splitPatterns(selection.patterns ?? []);
  const limits = readLimitFiles(splitPatterns(selection.limits ?? []));
  const chosen = evaluate(inventory, patterns, 'host pattern');
  const within = limits.length ? evaluate(inventory, limits, '--limit') : chosen;
  // An inventory with no hosts (all commented out) selects none; the command says what that means.
  if (!inventory.hosts.length) return [];
  const selected = inventory.hosts.filter((h) => chosen.has(h.name) && within.has(h.name));
  if (!selected.length) throw new UsageError(`${[...patterns, ...limits.map((l) => `--limit ${l}`)].join(' ')} leaves no host to work on`);
  return selected;
}
