/**
 * A Lua 5.4 lexer, enough to see a config's structure: which `return` is at the top level, where a
 * table constructor ends, which lines are comments. Strings and comments (long brackets included) are
 * single tokens, so keywords inside them are never mistaken for code.
 */

type TokenType = 'name' | 'keyword' | 'number' | 'string' | 'comment' | 'symbol';

export interface Token {
  type: TokenType;
  /** The token's source text. */
  text: string;
  start: number;
  end: number;
  /** 1-based line of the token's first character. */
  line: number;
}

export class LuaLexError extends Error {
  override readonly name = 'LuaLexError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const KEYWORDS = new Set([
  'and',
  'break',
  'do',
  'else',
  'elseif',
  'end',
  'false',
  'for',
  'function',
  'goto',
  'if',
  'in',
  'local',
  'nil',
  'not',
  'or',
  'repeat',
  'return',
  'then',
  'true',
  'until',
  'while',
]);

const SYMBOLS = ['...', '..', '==', '~=', '<=', '>=', '<<', '>>', '//', '::'];

const isNameStart = (c: string) => /[A-Za-z_]/.test(c);
const isNameChar = (c: string) => /[A-Za-z0-9_]/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;

  /** Advances over a newline sequence at i (\n, \r, \r\n or \n\r count once, as in Lua). */
  const skipNewline = (): boolean => {
    const c = src[i];
    if (c !== '\n' && c !== '\r') return false;
    const next = src[i + 1];
    i += (next === '\n' || next === '\r') && next !== c ? 2 : 1;
    line++;
    return true;
  };

  /** At `[`, the level of a long bracket `[==[`, or -1 when it is not one. */
  const longBracketLevel = (at: number): number => {
    if (src[at] !== '[') return -1;
    let j = at + 1;
    while (src[j] === '=') j++;
    return src[j] === '[' ? j - at - 1 : -1;
  };

  const readLongBracket = (level: number, what: string): void => {
    const startLine = line;
    i += level + 2;
    const close = `]${'='.repeat(level)}]`;
    for (;;) {
      if (i >= src.length) throw new LuaLexError(`unfinished long ${what}`, startLine);
      if (src.startsWith(close, i)) {
        i += close.length;
        return;
      }
      if (!skipNewline()) i++;
    }
  };

  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n' || c === '\r') {
      skipNewline();
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\f' || c === '\v') {
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    const push = (type: TokenType) => tokens.push({ type, text: src.slice(start, i), start, end: i, line: startLine });

    if (c === '-' && src[i + 1] === '-') {
      i += 2;
      const level = longBracketLevel(i);
      if (level >= 0) readLongBracket(level, 'comment');
      else while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++;
      push('comment');
      continue;
    }
    if (c === '[' && longBracketLevel(i) >= 0) {
      readLongBracket(longBracketLevel(i), 'string');
      push('string');
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      for (;;) {
        const d = src[i];
        if (d === undefined || d === '\n' || d === '\r') throw new LuaLexError('unfinished string', startLine);
        if (d === c) {
          i++;
          break;
        }
        if (d === '\\') {
          i++;
          // An escaped newline continues the string on the next line; \z is left to Lua's own check.
          if (!skipNewline()) i++;
          continue;
        }
        i++;
      }
      push('string');
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? ''))) {
      const hex = c === '0' && (src[i + 1] === 'x' || src[i + 1] === 'X');
      i += hex ? 2 : 0;
      const exp = hex ? /[pP]/ : /[eE]/;
      while (i < src.length) {
        const d = src[i]!;
        if (exp.test(d) && (src[i + 1] === '+' || src[i + 1] === '-')) i += 2;
        else if (/[0-9A-Za-z_.]/.test(d)) i++;
        else break;
      }
      push('number');
      continue;
    }
    if (isNameStart(c)) {
      while (i < src.length && isNameChar(src[i]!)) i++;
      push(KEYWORDS.has(src.slice(start, i)) ? 'keyword' : 'name');
      continue;
    }
    const sym = SYMBOLS.find((s) => src.startsWith(s, i));
    i += sym ? sym.length : 1;
    if (!sym && !'+-*/%^#&~|<>=(){}[];:,.'.includes(c)) {
      throw new LuaLexError(`unexpected character ${JSON.stringify(c)}`, startLine);
    }
    push('symbol');
  }
  return tokens;
}

/** Tokens other than comments. */
export function codeTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.type !== 'comment');
}
