/**
 * POSIX shell quoting: the one way any value reaches a remote shell. Single quotes make everything
 * literal ($(...), backticks, globs, newlines); an embedded quote becomes '\''. NUL can't be passed at all.
 */
export function shQuote(value: string): string {
  if (value.includes('\0')) throw new Error(`cannot pass a NUL byte to a shell: ${JSON.stringify(value)}`);
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** `sh -c SCRIPT wezfleet ARG...`, every part quoted, for transports that take a command string. */
export function shCommand(script: string, args: readonly string[] = []): string {
  return ['sh', '-c', shQuote(script), 'wezfleet', ...args.map(shQuote)].join(' ');
}
