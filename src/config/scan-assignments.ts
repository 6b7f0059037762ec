import type { Token } from '../lua/lexer.js';
import { isSettingKey, type SettingKey } from '../core/settings.js';
import type { FoundBlock } from './find-blocks.js';

export interface UserAssignment {
  line: number;
  key: SettingKey;
  /** The statement as written, for the report. */
  text: string;
}

const unquote = (s: string) => /^(["'])(.*)\1$/.exec(s)?.[2] ?? undefined;

/**
 * The user's own settings of the tuned keys outside any managed or script block: `IDENT.key = v`,
 * `IDENT["key"] = v`, and `key = v` fields of table constructors. The block comes after all of them,
 * so each one is overridden; the plan says so with its line number.
 */
export function scanUserAssignments(
  tokens: readonly Token[],
  blocks: readonly FoundBlock[],
  ident: string | undefined,
  lineText: (line: number) => string,
): UserAssignment[] {
  const inBlock = (t: Token) => blocks.some((b) => t.start >= b.start && t.start < b.end);
  const code = tokens.filter((t) => t.type !== 'comment' && !inBlock(t));
  const found: UserAssignment[] = [];
  const add = (at: Token, key: string) => {
    if (isSettingKey(key)) found.push({ line: at.line, key, text: lineText(at.line).trim() });
  };
  let braces = 0;
  for (let i = 0; i < code.length; i++) {
    const [a, b, c, d, e] = [code[i], code[i + 1], code[i + 2], code[i + 3], code[i + 4]];
    if (!a || !b) break;
    if (a.text === '{') braces++;
    else if (a.text === '}') braces--;
    if (a.type === 'name' && a.text === ident && b.text === '.' && c?.type === 'name' && d?.text === '=') {
      add(a, c.text);
    } else if (a.type === 'name' && a.text === ident && b.text === '[' && c?.type === 'string' && d?.text === ']' && e?.text === '=') {
      const key = unquote(c.text);
      if (key !== undefined) add(a, key);
    } else if (braces > 0 && a.type === 'name' && b.text === '=' && ['{', ',', ';'].includes(code[i - 1]?.text ?? '')) {
      add(a, a.text);
    }
  }
  return found;
}
