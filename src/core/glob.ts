const compiled = new Map<string, RegExp>();

/** A shell-style pattern (`*`, `?`, everything else literal) as an anchored RegExp, compiled once. */
export function globToRegExp(pattern: string, flags = ''): RegExp {
  const key = `${flags}/${pattern}`;
  let re = compiled.get(key);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll('?', '.');
    re = new RegExp(`^${body}$`, flags);
    compiled.set(key, re);
  }
  return re;
}

function matchesOne(pattern: string, name: string, flags: string): boolean {
  // Most known_hosts and ssh_config patterns are plain names: no RegExp needed.
  if (!pattern.includes('*') && !pattern.includes('?'))
    return flags.includes('i') ? pattern.toLowerCase() === name.toLowerCase() : pattern === name;
  return globToRegExp(pattern, flags).test(name);
}

/**
 * OpenSSH's pattern lists (ssh_config `Host`, known_hosts host fields): a name matches when some
 * pattern matches it and no `!negated` one does.
 */
export function matchPatternList(patterns: readonly string[], name: string, flags = ''): boolean {
  let matched = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (matchesOne(negated ? p.slice(1) : p, name, flags)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}
