import type { z } from 'zod';
import { closestWord } from '../core/closest-word.js';

/** `hosts[3].port` from zod's path. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

const CONNECTION_KEYS = [
  'port',
  'user',
  'identity_file',
  'proxy_jump',
  'transport',
  'ram',
  'profile',
  'config',
  'settings',
  'sudo',
  'sudo_user',
];
const TOP_KEYS = ['defaults', 'hosts', 'groups'];
const HOST_KEYS = ['name', 'host', 'tags', ...CONNECTION_KEYS];
const DEFAULTS_KEYS = [...CONNECTION_KEYS, 'ssh_config'];
const KNOWN_KEYS = [...new Set([...TOP_KEYS, ...HOST_KEYS, ...DEFAULTS_KEYS])];

/** The keys allowed where an unknown one was found: a typo is most likely one of those. */
function keysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return TOP_KEYS;
  if (path[0] === 'defaults' && path.length === 1) return DEFAULTS_KEYS;
  if (path[0] === 'hosts' && path.length === 2) return HOST_KEYS;
  return KNOWN_KEYS;
}

/** Where a known key belongs, for one written in the wrong place. */
function placeOf(key: string): string {
  if (key === 'ssh_config') return 'under defaults:';
  if (key === 'defaults' || key === 'hosts' || key === 'groups') return 'at the top level';
  if (key === 'name' || key === 'host' || key === 'tags') return 'in a host entry under hosts:';
  return 'under defaults: or in a host entry';
}

/** Every zod issue as `path: message`, in words that say what was expected and what came. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const path = formatPath(issue.path);
    const at = (p: string) => (p ? `${p}: ` : '');
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'invalid_type':
        return [
          input === undefined
            ? `${at(path)}required (${article(issue.expected)})`
            : `${at(path)}expected ${article(issue.expected)}, got ${describe(input)}`,
        ];
      case 'unrecognized_keys':
        return issue.keys.map((k) => {
          const where = at(formatPath([...issue.path, k]));
          if (KNOWN_KEYS.includes(k)) return `${where}not allowed here (${k} belongs ${placeOf(k)})`;
          const hint = closestWord(k, keysAt(issue.path));
          return `${where}unknown key${hint ? ` (did you mean "${hint}"?)` : ''}`;
        });
      case 'invalid_value':
        return [`${at(path)}expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(input)}`];
      case 'too_small':
        return [
          issue.origin === 'array'
            ? `${at(path)}expected at least ${issue.minimum} entries`
            : issue.origin === 'string'
              ? `${at(path)}must not be empty`
              : `${at(path)}expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, got ${describe(input)}`,
        ];
      case 'too_big':
        return [`${at(path)}expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${describe(input)}`];
      default:
        return [`${at(path)}${issue.message}`];
    }
  });
}
