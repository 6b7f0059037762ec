import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { shQuote } from '../core/quote.js';
import {
  checkHostKey,
  entryMatches,
  fingerprint,
  keyTypeOf,
  knownHostName,
  knownHostsLine,
  parseKnownHosts,
  preferredHostKeyAlgorithms,
  type KnownHostEntry,
} from './known-hosts.js';
import type { ResolvedSsh } from './ssh-config.js';

/**
 * strict: only keys already in known_hosts (OpenSSH's StrictHostKeyChecking=yes).
 * accept-new: an unknown host's key is recorded and accepted; a changed key is refused.
 * off: an unknown host's key is accepted for this run only, not recorded; a changed or revoked key is
 * still refused. There is no mode that skips the known_hosts check.
 */
export type HostKeyPolicy = 'strict' | 'accept-new' | 'off';

/** One file's entries, with those naming plain hosts indexed by name (most lines of a fleet's file). */
interface FileIndex {
  entries: KnownHostEntry[];
  byName: Map<string, KnownHostEntry[]>;
  /** Wildcards, negations and hashed names: matched one by one. */
  rest: KnownHostEntry[];
}

function indexEntries(entries: KnownHostEntry[]): FileIndex {
  const byName = new Map<string, KnownHostEntry[]>();
  const rest: KnownHostEntry[] = [];
  for (const e of entries) {
    const names = e.hosts.toLowerCase().split(',');
    if (e.hosts.startsWith('|') || names.some((n) => n.includes('*') || n.includes('?') || n.startsWith('!'))) {
      rest.push(e);
      continue;
    }
    for (const n of new Set(names)) {
      const list = byName.get(n);
      if (list) list.push(e);
      else byName.set(n, [e]);
    }
  }
  return { entries, byName, rest };
}

/** known_hosts files read once per run; accepted keys appended one at a time. */
export class KnownHostsStore {
  readonly #files = new Map<string, FileIndex>();
  #writes: Promise<void> = Promise.resolve();

  #file(file: string): FileIndex {
    let index = this.#files.get(file);
    if (!index) {
      index = indexEntries(existsSync(file) ? parseKnownHosts(readFileSync(file, 'utf8'), file) : []);
      this.#files.set(file, index);
    }
    return index;
  }

  /** The entries whose host field names `name`, in file order: without testing every line for every host. */
  entriesNaming(files: readonly string[], name: string): KnownHostEntry[] {
    return files.flatMap((file) => {
      const index = this.#file(file);
      const found = [...(index.byName.get(name) ?? []), ...index.rest.filter((e) => entryMatches(e, name))];
      return found.length > 1 ? found.sort((a, b) => a.line - b.line) : found;
    });
  }

  /** Appends a line; writes are serialised so parallel hosts never interleave. */
  record(file: string, line: string): Promise<void> {
    const write = this.#writes.then(async () => {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      const current = existsSync(file) ? await readFile(file, 'utf8') : '';
      await appendFile(file, (current && !current.endsWith('\n') ? '\n' : '') + line, { mode: 0o600 });
      this.#files.set(file, indexEntries(parseKnownHosts(current + '\n' + line, file)));
    });
    this.#writes = write.catch(() => undefined);
    return write;
  }
}

export interface HostKeyVerdict {
  accepted: boolean;
  /** Why it was refused, with both fingerprints and the fix where the key changed. */
  failure?: string;
  /** What happened to an accepted key that was not already known. */
  note?: string;
}

function lookupName(r: ResolvedSsh): string {
  return r.hostKeyAlias ? r.hostKeyAlias.toLowerCase() : knownHostName(r.hostname, r.port);
}

export function hostKeyAlgorithms(store: KnownHostsStore, r: ResolvedSsh): string[] {
  const name = lookupName(r);
  return preferredHostKeyAlgorithms(store.entriesNaming([...r.userKnownHostsFiles, ...r.globalKnownHostsFiles], name), name);
}

/** Decides about the key a server presented; the caller passes the verdict to ssh2's hostVerifier. */
export async function verifyHostKey(store: KnownHostsStore, r: ResolvedSsh, policy: HostKeyPolicy, key: Buffer): Promise<HostKeyVerdict> {
  const name = lookupName(r);
  const files = [...r.userKnownHostsFiles, ...r.globalKnownHostsFiles];
  const check = checkHostKey(store.entriesNaming(files, name), name, key);
  const offered = `${keyTypeOf(key)} ${fingerprint(key)}`;
  switch (check.result) {
    case 'known':
      return { accepted: true };
    case 'revoked':
      return {
        accepted: false,
        failure: `the host key of ${name} (${offered}) is marked @revoked in ${check.entry.file}:${check.entry.line}`,
      };
    case 'changed': {
      const e = check.expected[0]!;
      return {
        accepted: false,
        failure:
          `REMOTE HOST KEY CHANGED for ${name}: it offered ${offered}, but ${e.file}:${e.line} expects ${fingerprint(e.key)}. ` +
          `This may be an attack; wezfleet will not connect. If the change is legitimate, remove the old key with: ` +
          `ssh-keygen -R ${shQuote(name)} -f ${shQuote(e.file)}`,
      };
    }
    case 'other-types':
      return {
        accepted: false,
        failure: `${name} offered ${offered}, but known_hosts only has ${[...new Set(check.known.map((k) => k.keyType))].join(', ')} keys for it (${check.known[0]!.file}:${check.known[0]!.line}); check the host, then add the new key or remove the old one (ssh-keygen -R ${shQuote(name)})`,
      };
    case 'unknown':
      if (policy === 'strict') {
        return {
          accepted: false,
          failure: `${name} is not in known_hosts (${files.join(', ') || 'no files'}); it offered ${offered}. Verify that fingerprint, then add the key (e.g. ssh once, or ssh-keyscan) or run with --host-key-policy accept-new`,
        };
      }
      if (policy === 'accept-new') {
        const file = r.userKnownHostsFiles[0];
        if (!file) return { accepted: false, failure: `${name} is unknown and there is no UserKnownHostsFile to record it in` };
        await store.record(file, knownHostsLine(name, key, r.hashKnownHosts));
        return { accepted: true, note: `new host key ${offered} recorded in ${file}` };
      }
      return {
        accepted: true,
        note: `host key ${offered} is not in known_hosts and was accepted for this run only (--host-key-policy off)`,
      };
  }
}
