import { type Token } from './lexer.js';

/**
 * What a config chunk returns at its top level: `return IDENT` (the block assigns to IDENT just
 * before it), `return { ... }`, or any other expression list (both bound to a local first); `last`
 * is the expression's last token, and `none` a bare `return`.
 */
export type TopLevelReturn =
  | { kind: 'ident'; ident: string; returnToken: Token; end: number }
  | { kind: 'table'; returnToken: Token; open: Token; close: Token; last: Token; end: number }
  | { kind: 'expr'; returnToken: Token; last: Token; text: string; end: number }
  | { kind: 'none'; returnToken: Token };

/** Block nesting after each code token: `function`, `if`, `do` and `repeat` open; `end` and `until` close. */
export function blockDepths(code: readonly Token[]): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const t of code) {
    if (t.type === 'keyword') {
      if (t.text === 'function' || t.text === 'if' || t.text === 'do' || t.text === 'repeat') depth++;
      else if (t.text === 'end' || t.text === 'until') depth--;
    }
    depths.push(depth);
  }
  return depths;
}

/** Index of the bracket closing the one at `openIndex` in `code`, or -1. */
function matchingClose(code: readonly Token[], openIndex: number): number {
  const open = code[openIndex]!.text;
  const close = open === '{' ? '}' : open === '(' ? ')' : ']';
  let depth = 0;
  for (let i = openIndex; i < code.length; i++) {
    const t = code[i]!;
    if (t.type !== 'symbol') continue;
    if (t.text === open) depth++;
    else if (t.text === close && --depth === 0) return i;
  }
  return -1;
}

/**
 * The chunk's top-level `return`, if any. Lua only allows `return` as a block's last statement, so a
 * `return` at depth 0 ends the chunk; everything after it up to an optional `;` is its expression list.
 */
export function findTopLevelReturn(code: readonly Token[]): TopLevelReturn | undefined {
  const depths = blockDepths(code);
  const index = code.findIndex((t, i) => t.type === 'keyword' && t.text === 'return' && depths[i] === 0);
  if (index < 0) return undefined;
  const returnToken = code[index]!;
  let rest = code.slice(index + 1);
  if (rest.length && rest[rest.length - 1]!.text === ';') rest = rest.slice(0, -1);
  const last = rest[rest.length - 1];
  if (!last) return { kind: 'none', returnToken };

  if (rest.length === 1 && rest[0]!.type === 'name') {
    return { kind: 'ident', ident: rest[0]!.text, returnToken, end: rest[0]!.end };
  }
  if (rest.length >= 2 && rest[0]!.text === '{' && last.text === '}') {
    const closeIndex = matchingClose(rest, 0);
    if (closeIndex === rest.length - 1) {
      return { kind: 'table', returnToken, open: rest[0]!, close: last, last, end: last.end };
    }
  }
  return { kind: 'expr', returnToken, last, text: rest.map((t) => t.text).join(' '), end: last.end };
}
