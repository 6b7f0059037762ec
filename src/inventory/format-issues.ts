import type { z } from 'zod';

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

function closest(key: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    return d[a.length]![b.length]!;
  };
  const best = candidates.map((k) => [k, distance(key, k)] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 2 ? best[0] : undefined;
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
          const hint = closest(k, keysAt(issue.path));
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
