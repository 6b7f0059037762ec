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
import { readPythonLiteral } from './read-python-literal.js';

/**
 * An INI inventory as Ansible's INI plugin reads it (plugins/inventory/ini.py): host lines split as
 * a POSIX shell would (quotes, `#` comments), values typed by Python's literal_eval, `[g:vars]`
 * values taken whole after the `=` (a `# note` there is part of the value, as in Ansible), and a
 * child group that no section ever defines refused with Ansible's message.
 */
const SECTION = /^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$/;
const GROUP_NAME = /^([^:\]\s]+)\s*(?:#.*)?$/;

/** Python's shlex.split(line, comments=True): POSIX quoting, `#` starts a comment outside quotes. */
function splitShellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '#') {
      break;
    } else if (c === '\\') {
      word = (word ?? '') + (line[++i] ?? '');
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let text = '';
      for (; j < line.length && line[j] !== c; j++) {
        if (c === '"' && line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\')) j++;
        text += line[j];
      }
      if (j >= line.length) throw new UsageError('No closing quotation');
      word = (word ?? '') + text;
      i = j;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

interface Pending {
  line: number;
  state: 'vars' | 'children';
  parents: string[];
}

export function parseAnsibleIni(text: string, file = 'the inventory'): ParsedAnsible {
  const p = emptyParsed();
  const pending = new Map<string, Pending>();
  let group = 'ungrouped';
  let state = 'hosts';
  const bad = (line: number, message: string) =>
    new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}:${line}: ${message}`]);

  const addPendingChildren = (child: string) => {
    for (const parent of pending.get(child)!.parents) {
      addChild(p, parent, child);
      if (pending.get(parent)?.state === 'children') addPendingChildren(parent);
    }
    pending.delete(child);
  };

  const lines = text.split(/\r?\n/);
  for (let n = 1; n <= lines.length; n++) {
    const line = lines[n - 1]!.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const section = SECTION.exec(line);
    if (section) {
      group = section[1]!;
      state = section[2] ?? 'hosts';
      if (!['hosts', 'children', 'vars'].includes(state)) throw bad(n, `Section [${group}:${state}] has unknown type: ${state}`);
      if (!p.groups.has(group)) {
        if (state === 'vars' && !pending.has(group)) pending.set(group, { line: n, state: 'vars', parents: [] });
        addGroup(p, group);
      }
      if (pending.has(group) && state !== 'vars') {
        if (pending.get(group)!.state === 'children') addPendingChildren(group);
        else pending.delete(group);
      }
      continue;
    }
    if (line.startsWith('[') && line.endsWith(']'))
      throw bad(
        n,
        `Invalid section entry: '${line}'. Please make sure that there are no spaces in the section entry, and that there are no other invalid characters`,
      );
    try {
      if (state === 'hosts') hostLine(line, n);
      else if (state === 'vars') {
        const eq = line.indexOf('=');
        if (eq < 0) throw bad(n, `Expected key=value, got: ${line}`);
        setGroupVar(p, group, line.slice(0, eq).trim(), readPythonLiteral(line.slice(eq + 1).trim()));
      } else {
        const child = GROUP_NAME.exec(line)?.[1];
        if (child === undefined) throw bad(n, `Expected group name, got: ${line}`);
        if (p.groups.has(child)) addChild(p, group, child);
        else if (pending.has(child)) pending.get(child)!.parents.push(group);
        else pending.set(child, { line: n, state: 'children', parents: [group] });
      }
    } catch (err) {
      throw err instanceof UsageError && !err.issues.length ? bad(n, err.message) : err;
    }
  }
  for (const [name, decl] of pending) {
    if (decl.state === 'vars') throw bad(decl.line, `Section [${name}:vars] not valid for undefined group: ${name}`);
    throw bad(decl.line, `Section [${decl.parents.at(-1)}:children] includes undefined group: ${name}`);
  }
  try {
    checkGroupGraph(p);
  } catch (err) {
    throw err instanceof UsageError ? new UsageError(`cannot read the Ansible inventory ${file}`, [`${file}: ${err.message}`]) : err;
  }
  return p;

  function hostLine(line: string, n: number): void {
    const [pattern, ...rest] = splitShellWords(line);
    if (pattern === undefined) return;
    const { hosts, port } = expandHostPattern(pattern);
    if (pattern.trim().endsWith(':') && port === undefined)
      throw bad(
        n,
        `Invalid host pattern '${pattern}' supplied, ending in ':' is not allowed, this character is reserved to provide a port.`,
      );
    if (hosts.some((h) => h.trim() === '---'))
      throw bad(n, `Invalid host pattern '${pattern}' supplied, '---' is normally a sign this is a YAML file.`);
    const vars: Vars = {};
    for (const t of rest) {
      const eq = t.indexOf('=');
      if (eq < 0) throw bad(n, `Expected key=value host variable assignment, got: ${t}`);
      vars[t.slice(0, eq)] = readPythonLiteral(t.slice(eq + 1));
    }
    addHosts(p, hosts, group, vars, port);
  }
}
