import { blockDepths } from '../lua/structure.js';
import type { Token } from '../lua/lexer.js';

export interface SourceLine {
  /** 1-based line number. */
  number: number;
  start: number;
  /** Offset of the line ending (or of the end of the file). */
  end: number;
  /** Offset just after the line ending. */
  next: number;
  text: string;
}

/** Lines with their exact offsets; \r\n, \n and a lone \r each end a line. */
export function splitLines(src: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    lines.push({ number: lines.length + 1, start, end: m.index, next: m.index + m[0].length, text: src.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < src.length) {
    lines.push({ number: lines.length + 1, start, end: src.length, next: src.length, text: src.slice(start) });
  }
  return lines;
}

/** The file's line ending: CRLF when its first line ending is one, LF otherwise. */
export function detectEol(src: string): '\n' | '\r\n' {
  const m = /\r\n|\n/.exec(src);
  return m?.[0] === '\r\n' ? '\r\n' : '\n';
}

/** For each token start offset: the token and the block depth it sits at (comments take the depth around them). */
export function tokenIndex(tokens: readonly Token[]): Map<number, { token: Token; depth: number }> {
  const code = tokens.filter((t) => t.type !== 'comment');
  const depths = blockDepths(code);
  const depthAfter = new Map(code.map((t, i) => [t, depths[i]!]));
  const index = new Map<number, { token: Token; depth: number }>();
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'comment') {
      index.set(token.start, { token, depth });
      continue;
    }
    // An opener sits at the depth outside the block it opens; a closer at the depth outside it too.
    const after = depthAfter.get(token)!;
    index.set(token.start, { token, depth: Math.min(depth, after) });
    depth = after;
  }
  return index;
}

/** The token a line starts with (after indentation), if the line starts one. */
export function tokenAtLineStart(
  line: SourceLine,
  index: Map<number, { token: Token; depth: number }>,
): { token: Token; depth: number } | undefined {
  const indent = /^[ \t]*/.exec(line.text)![0].length;
  return index.get(line.start + indent);
}
