import { parseAddress } from './parse-address.js';

/**
 * Host patterns as Ansible's split_host_pattern reads them: separated by `,`, or by `:` where the
 * text is not an address (`fe80::1`, `web01:22`) and outside brackets (`web[0:2]`), whitespace
 * around them dropped. Two differences, both wezfleet's own: the `:` of `tag:x` and `group:y` is
 * part of the pattern, and a comma-separated piece is split on `:` too (Ansible would read
 * `web:&gpu,!web03` as the patterns `web:&gpu`, which matches nothing, and `!web03`), except a
 * `~regex` one.
 */
export function splitPatterns(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const pieces = text.includes(',') ? text.split(',') : [text];
    for (const raw of pieces) {
      const piece = raw.trim();
      if (!piece) continue;
      const regex = /^[!&]?~/.test(piece) && text.includes(',');
      if (regex || parseAddress(piece, true)) {
        out.push(piece);
        continue;
      }
      const parts = piece.match(/(?:[^\s:[\]]|\[[^\]]*\])+/g) ?? [];
      for (let i = 0; i < parts.length; i++) {
        const bare = parts[i]!.replace(/^[!&]/, '');
        if ((bare === 'tag' || bare === 'group') && i + 1 < parts.length) out.push(`${parts[i]}:${parts[++i]}`);
        else out.push(parts[i]!);
      }
    }
  }
  return out;
}
