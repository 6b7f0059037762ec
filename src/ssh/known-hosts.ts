import { createHash, createHmac, randomBytes } from 'node:crypto';
import { matchPatternList } from '../core/glob.js';

/**
 * OpenSSH known_hosts, read the way ssh reads it: plain and hashed (`|1|salt|hash`) host fields,
 * `[host]:port` for ports other than 22, `*`/`?` wildcards, `!negation`, and the `@revoked` marker.
 * `@cert-authority` lines are kept but never match a plain host key (host certificates are not used).
 */
export interface KnownHostEntry {
  file: string;
  line: number;
  marker?: 'revoked' | 'cert-authority';
  /** Comma-separated host patterns, or one hashed name. */
  hosts: string;
  keyType: string;
  key: Buffer;
}

export function parseKnownHosts(text: string, file: string): KnownHostEntry[] {
  const entries: KnownHostEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    let marker: KnownHostEntry['marker'];
    if (fields[0] === '@revoked' || fields[0] === '@cert-authority') {
      marker = fields.shift() === '@revoked' ? 'revoked' : 'cert-authority';
    } else if (fields[0]?.startsWith('@')) {
      return; // an unknown marker: ssh ignores the line too
    }
    const [hosts, keyType, b64] = fields;
    if (!hosts || !keyType || !b64 || !/^[A-Za-z0-9+/]+=*$/.test(b64)) return;
    const entry: KnownHostEntry = { file, line: i + 1, hosts, keyType, key: Buffer.from(b64, 'base64') };
    if (marker) entry.marker = marker;
    entries.push(entry);
  });
  return entries;
}

/** The name ssh looks up: `host` on port 22, `[host]:port` otherwise. */
export function knownHostName(host: string, port: number): string {
  const h = host.toLowerCase();
  return port === 22 ? h : `[${h}]:${port}`;
}

function hashedMatch(field: string, name: string): boolean {
  const [, magic, salt, hash] = field.split('|');
  if (magic !== '1' || !salt || !hash) return false;
  const mac = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
  return mac === hash;
}

/** Does this entry's host field name `name`? A matching negated pattern rules the line out. */
export function entryMatches(entry: KnownHostEntry, name: string): boolean {
  if (entry.hosts.startsWith('|')) return hashedMatch(entry.hosts, name);
  return matchPatternList(entry.hosts.toLowerCase().split(','), name);
}

export type HostKeyCheck =
  | { result: 'known'; entry: KnownHostEntry }
  | { result: 'unknown' }
  /** The host is known with a different key of the same type: possibly an attack. */
  | { result: 'changed'; expected: KnownHostEntry[] }
  /** The host is known, but only with key types the server did not offer. */
  | { result: 'other-types'; known: KnownHostEntry[] }
  | { result: 'revoked'; entry: KnownHostEntry };

/** The key type inside an SSH public key blob (its first length-prefixed string). */
export function keyTypeOf(blob: Buffer): string {
  if (blob.length < 4) return '';
  const len = blob.readUInt32BE(0);
  return blob.subarray(4, 4 + len).toString('latin1');
}

export function checkHostKey(entries: readonly KnownHostEntry[], name: string, key: Buffer): HostKeyCheck {
  const type = keyTypeOf(key);
  const revoked = entries.find((e) => e.marker === 'revoked' && e.key.equals(key) && entryMatches(e, name));
  if (revoked) return { result: 'revoked', entry: revoked };
  const forHost = entries.filter((e) => !e.marker && entryMatches(e, name));
  const known = forHost.find((e) => e.keyType === type && e.key.equals(key));
  if (known) return { result: 'known', entry: known };
  const sameType = forHost.filter((e) => e.keyType === type);
  if (sameType.length) return { result: 'changed', expected: sameType };
  if (forHost.length) return { result: 'other-types', known: forHost };
  return { result: 'unknown' };
}

/** Host key algorithms to offer, the types known for this host first (as ssh orders them). */
export function preferredHostKeyAlgorithms(entries: readonly KnownHostEntry[], name: string): string[] {
  const defaults = [
    'ssh-ed25519',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'rsa-sha2-512',
    'rsa-sha2-256',
    'ssh-rsa',
  ];
  const knownTypes = new Set(entries.filter((e) => !e.marker && entryMatches(e, name)).map((e) => e.keyType));
  const algorithmsFor = (type: string) => (type === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : [type]);
  const first = [...knownTypes].flatMap(algorithmsFor).filter((a) => defaults.includes(a));
  return [...first, ...defaults.filter((a) => !first.includes(a))];
}

/** OpenSSH's fingerprint: `SHA256:` and unpadded base64 of the key blob's digest. */
export function fingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** A line to append for a newly accepted host, hashed like ssh does when HashKnownHosts is on. */
export function knownHostsLine(name: string, key: Buffer, hashed: boolean): string {
  let host = name;
  if (hashed) {
    const salt = randomBytes(20);
    host = `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
  }
  return `${host} ${keyTypeOf(key)} ${key.toString('base64')}\n`;
}
