const compiled = new Map<string, RegExp>();

/**
 * Python's fnmatch.translate, which Ansible's host patterns use: `*`, `?`, `[seq]` and `[!seq]`,
 * everything else literal, the whole name matched, case counting.
 */
export function translateFnmatch(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (re) return re;
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i++]!;
    if (c === '*') {
      if (!out.endsWith('.*')) out += '.*';
    } else if (c === '?') {
      out += '.';
    } else if (c === '[') {
      let j = i;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      if (j >= pattern.length) {
        out += '\\[';
        continue;
      }
      let set = pattern.slice(i, j).replaceAll('\\', '\\\\');
      i = j + 1;
      if (!set) out += '(?!)';
      else if (set === '!') out += '.';
      else {
        if (set.startsWith('!')) set = '^' + set.slice(1);
        else if (set.startsWith('^') || set.startsWith('[')) set = '\\' + set;
        // A `]` first in the set is a member in Python; JavaScript would end the set there.
        out += `[${set.replace(/^(\^?)\]/, '$1\\]')}]`;
      }
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  re = new RegExp(`^(?:${out})$`, 's');
  compiled.set(pattern, re);
  return re;
}
