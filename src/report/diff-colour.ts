const paint = (code: string, line: string) => `\x1b[${code}m${line}\x1b[0m`;

/** A unified diff coloured as git and `ansible --diff` show it: headers bold, hunks cyan, - red, + green. */
export function colourDiff(diff: string): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('===')) return paint('1', line);
      if (line.startsWith('@@')) return paint('36', line);
      if (line.startsWith('+')) return paint('32', line);
      if (line.startsWith('-')) return paint('31', line);
      return line;
    })
    .join('\n');
}
