import { UsageError } from '../core/errors.js';
import {
  addChild,
  addGroup,
  addHosts,
  checkGroupGraph,
  emptyParsed,
  expandHostPattern,
  setGroupVar,
  type ParsedAnsible,
} from './ansible-parsed.js';
import type { Vars } from './ansible-model.js';
import { MAX_GROUP_DEPTH } from './limits.js';

/**
 * A YAML inventory as Ansible's YAML plugin reads it (plugins/inventory/yaml.py): each group's
 * `vars`, `children` and `hosts` in the order the file writes them, a string where a mapping is
 * expected read as one key, and what Ansible only warns about (a key that is not a mapping, an
 * unknown key) skipped as Ansible skips it.
 */
export interface YamlGroup {
  hosts?: Record<string, Vars | null>;
  children?: Record<string, YamlGroup | null>;
  vars?: Vars;
}

const isMapping = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

export function parseAnsibleYaml(doc: Record<string, unknown>, file = 'the inventory'): ParsedAnsible {
  const p = emptyParsed();
  // Depth first, as Ansible reads it, with a stack of its own: the file decides the depth. A group's
  // children are read before the keys after `children`, and are made its children once read.
  type Step =
    | { kind: 'group'; name: string; data: unknown; path: string; depth: number; parent?: string }
    | { kind: 'child'; parent: string; child: string };
  const stack: Step[] = Object.entries(doc)
    .map(([name, data]): Step => ({ kind: 'group', name, data, path: name, depth: 0 }))
    .reverse();
  while (stack.length) {
    const step = stack.pop()!;
    if (step.kind === 'child') {
      addChild(p, step.parent, step.child);
      continue;
    }
    const { name, data, path, depth } = step;
    const bad = (message: string) => new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}: ${path}: ${message}`]);
    if (depth > MAX_GROUP_DEPTH) throw bad(`groups are nested more than ${MAX_GROUP_DEPTH} deep`);
    if (data !== null && data !== undefined && !isMapping(data)) continue;
    addGroup(p, name);
    if (!data) continue;
    for (const section of ['vars', 'children', 'hosts']) {
      const value = data[section];
      if (typeof value === 'string') data[section] = { [value]: null };
      else if (value !== undefined && value !== null && !isMapping(value))
        throw bad(
          `Invalid "${section}" entry for "${name}" group, requires a dictionary, found "${Array.isArray(value) ? 'list' : typeof value}" instead.`,
        );
    }
    const later: Step[] = [];
    for (const [key, value] of Object.entries(data)) {
      if (!isMapping(value)) continue;
      if (key === 'vars') for (const [k, v] of Object.entries(value)) setGroupVar(p, name, k, v);
      else if (key === 'hosts') {
        for (const [pattern, vars] of Object.entries(value)) {
          try {
            const { hosts, port } = expandHostPattern(pattern);
            addHosts(p, hosts, name, isMapping(vars) ? vars : {}, port);
          } catch (err) {
            throw err instanceof UsageError ? bad(`hosts: ${pattern}: ${err.message}`) : err;
          }
        }
      } else if (key === 'children') {
        // The rest of this group's keys wait until its children are read, as in Ansible's recursion.
        const rest = Object.entries(data).slice(Object.keys(data).indexOf(key) + 1);
        later.push(
          ...Object.entries(value).flatMap(([child, sub]): Step[] => [
            { kind: 'group', name: child, data: sub, path: `${path}.children.${child}`, depth: depth + 1 },
            { kind: 'child', parent: name, child },
          ]),
          { kind: 'group', name, data: Object.fromEntries(rest), path, depth },
        );
        break;
      }
    }
    stack.push(...later.reverse());
  }
  try {
    checkGroupGraph(p);
  } catch (err) {
    throw err instanceof UsageError ? new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}: ${err.message}`]) : err;
  }
  return p;
}

/** Is this parsed YAML an Ansible inventory (top-level groups with hosts/children/vars)? */
export function looksLikeAnsibleYaml(doc: unknown): doc is Record<string, YamlGroup | null> {
  if (!isMapping(doc)) return false;
  if (Array.isArray(doc.hosts) || 'defaults' in doc) return false;
  return Object.values(doc).every(
    (g) => g === null || (isMapping(g) && Object.keys(g).every((k) => ['hosts', 'children', 'vars'].includes(k))),
  );
}
