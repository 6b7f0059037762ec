import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../core/errors.js';

/**
 * `--limit @FILE`, as Ansible's subset reads it: each line of FILE (stripped) is one pattern, not
 * split further; empty lines are nothing. Ansible's retry files are such lists.
 */
export function readLimitFiles(patterns: readonly string[]): string[] {
  return patterns.flatMap((p) => {
    if (!p.startsWith('@')) return [p];
    const file = p.slice(1);
    let text: string;
    try {
      if (!statSync(file).isFile()) throw new UsageError(`--limit ${p}: a limit starting with "@" must be a file, not a directory`);
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`--limit ${p}: cannot read the limit file ${file}`);
    }
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  });
}
