/** A shell-style pattern (`*`, `?`, everything else literal) as an anchored RegExp. */
export function globToRegExp(pattern: string, flags = ''): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
  return new RegExp(`^${body}$`, flags);
}

/**
 * OpenSSH's pattern lists (ssh_config `Host`, known_hosts host fields): a name matches when some
 * pattern matches it and no `!negated` one does.
 */
export function matchPatternList(patterns: readonly string[], name: string, flags = ''): boolean {
  let matched = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (globToRegExp(negated ? p.slice(1) : p, flags).test(name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}
