import { UsageError } from '../core/errors.js';
import { parseAgentPattern } from '../mux/agents.js';
import type { SettingKind } from './shared-settings.js';

/** What a count must be, in the words of every place that reads one: flag, variable or file. */
export function countProblem(min: number, got: unknown): string {
  return `expected a whole number of at least ${min}, got ${JSON.stringify(got)}`;
}

/**
 * A value as typed on the command line or in a variable: text, checked as the file's value is. A
 * problem ends the command with `LABEL: what was expected` (exit 2), LABEL being the flag or variable.
 */
export function parseSettingText(kind: SettingKind, text: string | readonly string[], label: string): unknown {
  const one = typeof text === 'string' ? text : text.join(',');
  switch (kind.type) {
    case 'count':
      if (!/^\d+$/.test(one.trim()) || Number(one) < kind.min) throw new UsageError(`${label}: ${countProblem(kind.min, one)}`);
      return Number(one);
    case 'choice':
      if (!kind.values.includes(one))
        throw new UsageError(`${label}: expected one of ${kind.values.join(', ')}, got ${JSON.stringify(one)}`);
      return one;
    case 'path':
    case 'inventory':
      if (!one) throw new UsageError(`${label}: must not be empty`);
      return one;
    case 'agents': {
      const list = typeof text === 'string' ? [text] : [...text];
      const problems = list.map(parseAgentPattern).filter((p): p is string => typeof p === 'string');
      if (problems.length)
        throw new UsageError(
          `invalid ${label}`,
          problems.map((p) => `${label} ${p}`),
        );
      return list;
    }
  }
}
