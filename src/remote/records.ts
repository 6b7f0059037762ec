/**
 * What the remote scripts print (see sh/lib/records.sh): NUL-separated key/value pairs; binary records,
 * whose key ends in `#`, whose value is a byte count, and whose bytes follow, closed by the record
 * `NAME.end`; and optionally, last, the key `content` followed by a file's raw bytes.
 */
export interface Records {
  /** Every value for each key, in order. */
  all: Map<string, string[]>;
  get(key: string): string | undefined;
  has(key: string): boolean;
  /** Each binary record's bytes, by its name (the key without `#`), where they came whole. */
  bytes: Map<string, Buffer>;
  content?: Buffer;
}

/**
 * A binary record's bytes end where its count says, and its `NAME.end` record starts there; if a
 * file changed size while it was read, the count is wrong and the bytes are dropped (`NAME.changed`),
 * and the records go on after the end record.
 */
function readBinary(out: Buffer, name: string, count: number, start: number): { bytes?: Buffer; next: number } {
  const end = Buffer.from(`${name}.end\0\0`);
  const at = Number.isSafeInteger(count) && count >= 0 ? start + count : -1;
  if (at >= 0 && at + end.length <= out.length && out.subarray(at, at + end.length).equals(end)) {
    return { bytes: out.subarray(start, at), next: at + end.length };
  }
  const found = out.indexOf(end, start);
  return { next: found < 0 ? out.length : found + end.length };
}

export function parseRecords(out: Buffer): Records {
  const all = new Map<string, string[]>();
  const bytes = new Map<string, Buffer>();
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
    pos = valueEnd + 1;
    if (key.endsWith('#')) {
      const name = key.slice(0, -1);
      const binary = readBinary(out, name, Number(value), pos);
      if (binary.bytes) bytes.set(name, binary.bytes);
      else all.set(`${name}.changed`, ['1']);
      pos = binary.next;
      continue;
    }
    all.set(key, [...(all.get(key) ?? []), value]);
  }
  const records: Records = {
    all,
    get: (key) => all.get(key)?.[0],
    has: (key) => all.has(key),
    bytes,
  };
  if (content) records.content = content;
  return records;
}
