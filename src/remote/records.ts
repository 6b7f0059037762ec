/**
 * What the remote scripts print (see sh/prelude.sh): NUL-separated key/value pairs, and optionally,
 * last, the key `content` followed by a file's raw bytes.
 */
export interface Records {
  /** Every value for each key, in order. */
  all: Map<string, string[]>;
  get(key: string): string | undefined;
  has(key: string): boolean;
  content?: Buffer;
}

export function parseRecords(out: Buffer): Records {
  const all = new Map<string, string[]>();
  let content: Buffer | undefined;
  let pos = 0;
  while (pos < out.length) {
    const keyEnd = out.indexOf(0, pos);
    if (keyEnd < 0) break;
    const key = out.subarray(pos, keyEnd).toString('utf8');
    if (key === 'content') {
      content = out.subarray(keyEnd + 1);
      break;
    }
    const valueEnd = out.indexOf(0, keyEnd + 1);
    if (valueEnd < 0) break;
    const value = out.subarray(keyEnd + 1, valueEnd).toString('utf8');
    all.set(key, [...(all.get(key) ?? []), value]);
    pos = valueEnd + 1;
  }
  const records: Records = {
    all,
    get: (key) => all.get(key)?.[0],
    has: (key) => all.has(key),
  };
  if (content) records.content = content;
  return records;
}
