import { UsageError } from '../core/errors.js';
import type { Inventory } from './load-inventory.js';
import { translateFnmatch } from './translate-fnmatch.js';

/**
 * One host pattern as Ansible's InventoryManager reads it (_match_one_pattern): a name or shell
 * glob matched against the group names (`all` and `ungrouped` included) and, when no group
 * matches or the pattern has `.`, `?`, `*` or `[`, against the host names; `~regex` the same with a
 * Python regular expression, which need only match the start of a name; and an optional subscript,
 * `web[0]`, `web[-1]`, `web[1:3]` (the end included), `web[2:]`, applied as Ansible applies it.
 * `tag:x` and `group:y` are wezfleet's own.
 */
const SUBSCRIPT = /^(.+)\[(?:(-?[0-9]+)|([0-9]+)([:-])([0-9]*))\]$/;

type Subscript = [start: number, end: number | undefined];

function splitSubscript(pattern: string): [string, Subscript | undefined] {
  if (pattern.startsWith('~')) return [pattern, undefined];
  const m = SUBSCRIPT.exec(pattern);
  if (!m) return [pattern, undefined];
  if (m[2] !== undefined) return [m[1]!, [Number(m[2]), undefined]];
  return [m[1]!, [Number(m[3]), m[5] ? Number(m[5]) : -1]];
}

/** Ansible's _apply_subscript, quirks included: an end of 0 (`[2:0]`) means the one host at the start. */
function applySubscript(hosts: string[], subscript: Subscript | undefined, pattern: string): string[] {
  if (!hosts.length || !subscript) return hosts;
  const [start, end] = subscript;
  if (end) return hosts.slice(start, (end === -1 ? hosts.length - 1 : end) + 1);
  const at = start < 0 ? hosts.length + start : start;
  if (at < 0 || at >= hosts.length) throw new UsageError(`No hosts matched the subscripted pattern '${pattern}'`);
  return [hosts[at]!];
}

/** A Python regular expression as JavaScript reads it; re.match anchors it at the start only. */
function pythonRegExp(body: string, pattern: string): RegExp {
  const js = body.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  try {
    return new RegExp(`^(?:${js})`);
  } catch {
    throw new UsageError(`Invalid host list pattern: ${pattern}`);
  }
}

function enumerate(inventory: Inventory, expr: string): string[] {
  const re = expr.startsWith('~') ? pythonRegExp(expr.slice(1), expr) : translateFnmatch(expr);
  const test = (name: string) => re.test(name);
  const hostsOf = (g: string) => (g === 'all' ? inventory.allHosts : (inventory.groups.get(g) ?? []));
  if (expr.startsWith('tag:')) {
    const tag = translateFnmatch(expr.slice(4));
    return inventory.hosts.filter((h) => h.tags.some((t) => tag.test(t))).map((h) => h.name);
  }
  const groups = ['all', ...inventory.groups.keys()];
  if (expr.startsWith('group:')) {
    const group = translateFnmatch(expr.slice(6));
    return groups.filter((g) => group.test(g)).flatMap(hostsOf);
  }
  const matching = groups.filter(test);
  const results = matching.flatMap(hostsOf);
  if (!matching.length || expr.startsWith('~') || /[.?*[]/.test(expr)) results.push(...inventory.hosts.map((h) => h.name).filter(test));
  return results;
}

/** The hosts one pattern (without its `&` or `!`) selects, in Ansible's order, a host possibly twice. */
export function matchPattern(inventory: Inventory, pattern: string): string[] {
  const bare = pattern.replace(/^[&!]/, '');
  const [expr, subscript] = splitSubscript(bare);
  return applySubscript(enumerate(inventory, expr), subscript, bare);
}
