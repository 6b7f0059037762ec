/**
 * What Python's ast.literal_eval makes of an INI inventory value, which is how Ansible's INI plugin
 * types them: `22` is a number, `True` a boolean, `"ops"` the text ops, `['a', 'b']` a list, and
 * anything literal_eval refuses (`yes`, `true`, `10.0.0.1`) stays the text as written.
 */
class NotLiteral extends Error {}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

function reader(text: string) {
  let at = 0;
  const fail = (): never => {
    throw new NotLiteral();
  };
  const space = () => {
    while (at < text.length && /[ \t]/.test(text[at]!)) at++;
  };
  const peek = () => (space(), text[at]);

  function stringLiteral(): string {
    const prefix = /^[rRbBuU]{0,2}(?=['"])/.exec(text.slice(at))![0];
    at += prefix.length;
    const raw = /r/i.test(prefix);
    const triple = text.startsWith(text[at]!.repeat(3), at) ? text[at]!.repeat(3) : text[at]!;
    at += triple.length;
    let out = '';
    while (!text.startsWith(triple, at)) {
      if (at >= text.length || (triple.length === 1 && text[at] === '\n')) fail();
      const c = text[at++]!;
      if (c !== '\\') out += c;
      else if (raw) out += c + (text[at++] ?? '');
      else {
        const e = text[at++] ?? fail();
        out += e in ESCAPES ? ESCAPES[e] : e === '\\' || e === "'" || e === '"' ? e : `\\${e}`;
      }
    }
    at += triple.length;
    return out;
  }

  function atom(): unknown {
    const c = peek();
    if (c === undefined) fail();
    if (/[rRbBuU'"]/.test(c!) && /^[rRbBuU]{0,2}['"]/.test(text.slice(at))) {
      let s = stringLiteral();
      // Adjacent string literals join, as in Python.
      while (/^[rRbBuU]{0,2}['"]/.test((space(), text.slice(at)))) s += stringLiteral();
      return s;
    }
    if (c === '[' || c === '(' || c === '{') return display(c);
    const m = /^[+-]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?\.?)(?![\w.])/.exec(
      text.slice(at),
    );
    if (m && /\d/.test(m[0])) {
      at += m[0].length;
      const body = m[0].replaceAll('_', '');
      const sign = body.startsWith('-') ? -1 : 1;
      const digits = body.replace(/^[+-]/, '');
      if (/^0[xob]/i.test(digits)) return sign * Number(digits.toLowerCase());
      // Python refuses leading zeros on whole numbers (010); they stay text.
      if (/^0\d/.test(digits) && !/[.eE]/.test(digits)) fail();
      return sign * Number(digits);
    }
    const word = /^(True|False|None)(?!\w)/.exec(text.slice(at));
    if (word) {
      at += word[0].length;
      return word[1] === 'True' ? true : word[1] === 'False' ? false : null;
    }
    return fail();
  }

  function display(open: string): unknown {
    at++;
    const close = open === '[' ? ']' : open === '(' ? ')' : '}';
    const items: unknown[] = [];
    const entries: [string, unknown][] = [];
    let isDict = open === '{' && peek() === '}';
    let comma = false;
    while (peek() !== close) {
      const key = atom();
      if (open === '{' && peek() === ':') {
        at++;
        isDict = true;
        entries.push([String(key), atom()]);
      } else items.push(key);
      comma = peek() === ',';
      if (comma) at++;
      else if (peek() !== close) fail();
    }
    at++;
    if (isDict) return Object.fromEntries(entries);
    // (x) is x in parentheses; (x,) is a tuple.
    return open === '(' && items.length === 1 && !comma ? items[0] : items;
  }

  return {
    value(): unknown {
      const v = atom();
      if (peek() !== undefined) fail();
      return v;
    },
  };
}

export function readPythonLiteral(text: string): unknown {
  try {
    return reader(text).value();
  } catch (err) {
    if (err instanceof NotLiteral) return text;
    throw err;
  }
}
