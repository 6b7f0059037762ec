import { UsageError } from '../core/errors.js';
import { MAX_INVENTORY_HOSTS } from './limits.js';

/**
 * `web[01:06:2]` -> web01, web03, web05; letters too (`db-[a:c]`); `[:3]` starts at 0. As Ansible
 * expands them, up to `limit` names (a range past it is refused, not expanded).
 */
export function expandHostRange(pattern: string, limit = MAX_INVENTORY_HOSTS): string[] {
  const size = rangeSize(pattern);
  if (size > limit) throw new UsageError(`host range ${pattern} expands to more than ${limit.toLocaleString('en-US')} hosts`);
  return expandRange(pattern);
}

/** How many names a pattern's ranges make (their product), counted before any is made. */
function rangeSize(pattern: string): number {
  let size = 1;
  for (const m of pattern.matchAll(/\[([0-9]*|[a-zA-Z]):([0-9]+|[a-zA-Z])(?::([0-9]+))?\]/g)) {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const at = (x: string) => (/^\d+$/.test(x) ? Number(x) : letters.indexOf(x));
    const step = Math.max(1, Number(m[3] ?? 1));
    size *= Math.max(0, Math.floor((at(m[2]!) - at(m[1] || '0')) / step) + 1);
  }
  return size;
}

function expandRange(pattern: string): string[] {
  const m = /^(.*?)\[([0-9]*|[a-zA-Z]):([0-9]+|[a-zA-Z])(?::([0-9]+))?\](.*)$/.exec(pattern);
  if (!m) return [pattern];
  const [, pre, fromText, to, stepText, post] = m as unknown as [string, string, string, string, string | undefined, string];
  const from = fromText || '0';
  const step = stepText === undefined ? 1 : Number(stepText);
  if (step < 1) throw new UsageError(`host range ${pattern}: the step must be at least 1`);
  const out: string[] = [];
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const width = from.length > 1 && from.startsWith('0') ? from.length : 0;
    if (width && width !== to.length)
      throw new UsageError(`host range ${pattern}: a zero-padded range needs begin and end of the same width`);
    for (let i = Number(from); i <= Number(to); i += step) out.push(...expandRange(`${pre}${String(i).padStart(width, '0')}${post}`));
  } else if (/^[a-zA-Z]$/.test(from) && /^[a-zA-Z]$/.test(to)) {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let i = letters.indexOf(from); i <= letters.indexOf(to); i += step) out.push(...expandRange(`${pre}${letters[i]}${post}`));
  } else {
    throw new UsageError(`host range ${pattern}: begin and end must both be numbers or both letters`);
  }
  return out;
}
