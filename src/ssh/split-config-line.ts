/**
 * One ssh_config line as OpenSSH 9.2's readconf.c splits it (process_config_line_depth, misc.c's
 * strdelim and argv_split), so that a value never keeps what ssh would have dropped: `User bob # me`
 * is `bob`, `#` starting a comment only where a token starts (`a#b` is a value).
 */
export type ConfigLine =
  | { kind: 'blank' }
  /** `keyword` lower-cased; `args` as argv_split gives them; `rest` the raw text after the keyword. */
  | { kind: 'directive'; keyword: string; written: string; args: string[]; rest: string }
  /** A line ssh refuses, or one whose reading depends on quirks not reproduced here: ssh -G answers. */
  | { kind: 'odd'; why: string };

/** readconf.c's WHITESPACE: where a keyword ends (argv_split itself splits on space and tab only). */
const WHITESPACE = ' \t\r\n';

function skipWhitespace(s: string, i: number): number {
  while (i < s.length && WHITESPACE.includes(s[i]!)) i++;
  return i;
}

/** argv_split with comments: quotes group, `\` escapes quotes, `\` and (unquoted) space; undefined for an open quote. */
export function splitArgs(s: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t') {
      i++;
      continue;
    }
    if (s[i] === '#') break;
    let quote = '';
    let arg = '';
    for (; i < s.length; i++) {
      const c = s[i]!;
      const next = s[i + 1];
      if (c === '\\') {
        // An escape ssh does not know keeps its backslash.
        if (next === "'" || next === '"' || next === '\\' || (!quote && next === ' ')) arg += s[++i];
        else arg += c;
      } else if (!quote && (c === ' ' || c === '\t')) break;
      else if (!quote && (c === '"' || c === "'")) quote = c;
      else if (quote && c === quote) quote = '';
      else arg += c;
    }
    if (quote) return undefined;
    out.push(arg);
  }
  return out;
}

/**
 * strdelim: the keyword ends at whitespace or one `=` (with whitespace around it). Returns the
 * keyword and where its arguments start, or why ssh would read the line otherwise than here.
 */
function splitKeyword(line: string): { keyword: string; at: number } | { why: string } | undefined {
  let start = skipWhitespace(line, 0);
  // A lone `=` before the keyword is a delimiter for strdelim too.
  if (line[start] === '=') start = skipWhitespace(line, start + 1);
  let end = start;
  while (end < line.length && !`${WHITESPACE}"=`.includes(line[end]!)) end++;
  // strdelim reads a quoted keyword its own way; such lines are too rare to reproduce.
  if (line[end] === '"') return { why: 'a quote in a keyword' };
  if (end === start) return undefined;
  const keyword = line.slice(start, end);
  let at = skipWhitespace(line, end + 1);
  if (line[end] !== '=' && line[at] === '=') at = skipWhitespace(line, at + 1);
  return { keyword, at: Math.min(at, line.length) };
}

export function splitConfigLine(raw: string): ConfigLine {
  if (raw.includes('\0')) return { kind: 'odd', why: 'a NUL byte' };
  // ssh strips trailing whitespace and form feeds, never the first character.
  const line = raw.length > 1 ? raw[0] + raw.slice(1).replace(/[ \t\r\n\f]+$/, '') : raw;
  const k = splitKeyword(line);
  if (!k) return { kind: 'blank' };
  if ('why' in k) return { kind: 'odd', why: k.why };
  if (k.keyword.startsWith('#')) return { kind: 'blank' };
  const str = line.slice(k.at);
  if (str === '') return { kind: 'odd', why: `no argument after ${k.keyword}` };
  const args = splitArgs(str);
  if (!args) return { kind: 'odd', why: `unbalanced quotes after ${k.keyword}` };
  return { kind: 'directive', keyword: k.keyword.toLowerCase(), written: k.keyword, args, rest: str };
}
