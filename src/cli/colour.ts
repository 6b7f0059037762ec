/**
 * Whether to colour a stream, as most CLI tools decide it: --no-color wins, then NO_COLOR (any
 * non-empty value, no-color.org), then FORCE_COLOR (0 or false turns colour off), then "is it a
 * terminal".
 */
export function colourFor(stream: { isTTY?: boolean }, flags: { color?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flags.color === false) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  return Boolean(stream.isTTY);
}
