import type { z } from 'zod';
import { closestWord } from '../core/closest-word.js';
import { formatIssues } from '../inventory/format-issues.js';
import { countProblem } from './parse-setting-text.js';
import { SHARED_KEYS, SHARED_SPECS, type SharedKey } from './shared-settings.js';

/** Keys an inventory takes: written here by mistake, they belong there. */
const INVENTORY_KEYS = [
  'hosts',
  'groups',
  'defaults',
  'user',
  'port',
  'identity_file',
  'proxy_jump',
  'ram',
  'profile',
  'settings',
  'sudo',
  'sudo_user',
];

/** Flags spelled as flags (`host-key-policy`, `hostKeyPolicy`) or for what only a flag says. */
const SPELLINGS: Record<string, string> = { verbose: 'log_level: info', no_color: 'color: never', agent: 'agents' };

function unknownKey(key: string): string {
  const snake = key
    .replace(/^-+/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  const meant = SPELLINGS[snake] ?? (SHARED_KEYS.includes(snake as SharedKey) ? snake : closestWord(key, SHARED_KEYS));
  if (meant) return `${key}: unknown key (did you mean "${meant}"?)`;
  if (INVENTORY_KEYS.includes(key)) return `${key}: an inventory's key, not the config file's (inventory: names the inventory to use)`;
  return `${key}: unknown key; the config file takes ${SHARED_KEYS.join(', ')}`;
}

/** Every problem of the file as `path: message`, saying what is expected and, for a typo, what was meant. */
export function formatDefaultsIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const key = issue.path[0] as SharedKey | undefined;
    const kind = key === undefined ? undefined : SHARED_SPECS[key]?.kind;
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) return issue.keys.map(unknownKey);
    if (issue.code === 'invalid_type' && issue.path.length === 0)
      return formatIssues([issue]).map((m) => m.replace('expected an object', 'expected a mapping of settings (key: value)'));
    // A count's wrong type and its lower bound read alike, as the flag's do.
    if (kind?.type === 'count' && issue.path.length === 1 && (issue.code === 'invalid_type' || issue.code === 'too_small'))
      return [`${key}: ${countProblem(kind.min, (issue as { input?: unknown }).input)}`];
    return formatIssues([issue]);
  });
}
