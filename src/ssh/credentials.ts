import { existsSync, readFileSync } from 'node:fs';
import ssh2, { type ParsedKey } from 'ssh2';
import type { ResolvedSsh } from './ssh-config.js';

/** Asks for a secret on the terminal; undefined when there is none to ask on. */
export type SecretPrompt = (message: string) => Promise<string | undefined>;

type LoadedKey = { key: ParsedKey } | { skipped: string };

/**
 * Private keys, each read and (if encrypted) unlocked once per run: the passphrase is asked once,
 * on a terminal, and kept in memory only.
 */
export class KeyRing {
  readonly #loaded = new Map<string, Promise<LoadedKey>>();
  constructor(readonly prompt: SecretPrompt) {}

  load(path: string): Promise<LoadedKey> {
    let p = this.#loaded.get(path);
    if (!p) {
      p = this.#read(path);
      this.#loaded.set(path, p);
    }
    return p;
  }

  async #read(path: string): Promise<LoadedKey> {
    const data = readFileSync(path);
    const first = (parsed: ParsedKey | ParsedKey[] | Error) => (Array.isArray(parsed) ? parsed[0]! : parsed);
    const plain = first(ssh2.utils.parseKey(data));
    if (!(plain instanceof Error)) return { key: plain };
    if (!/encrypted|passphrase/i.test(plain.message)) return { skipped: `${path}: ${plain.message}` };
    for (let attempt = 0; attempt < 3; attempt++) {
      const passphrase = await this.prompt(`Passphrase for ${path}:`);
      if (passphrase === undefined)
        return { skipped: `${path} is encrypted and there is no terminal to ask its passphrase (load it into ssh-agent)` };
      const unlocked = first(ssh2.utils.parseKey(data, passphrase));
      if (!(unlocked instanceof Error)) return { key: unlocked };
    }
    return { skipped: `${path}: wrong passphrase` };
  }
}

/** The agent, limited to the configured identities' public keys when IdentitiesOnly is set. */
class FilteredAgent extends ssh2.OpenSSHAgent {
  constructor(
    socket: string,
    readonly allowed: Buffer[],
  ) {
    super(socket);
  }
  override getIdentities(cb: Parameters<InstanceType<typeof ssh2.OpenSSHAgent>['getIdentities']>[0]): void {
    super.getIdentities((err, keys) => {
      if (err || !keys) return cb(err, keys);
      cb(
        undefined,
        keys.filter((k) => 'getPublicSSH' in k && this.allowed.some((a) => a.equals(k.getPublicSSH()))),
      );
    });
  }
}

function publicBlob(path: string): Buffer | undefined {
  const pub = `${path}.pub`;
  if (!existsSync(pub)) return undefined;
  const parsed = ssh2.utils.parseKey(readFileSync(pub));
  const key = (Array.isArray(parsed) ? parsed[0] : parsed) as ssh2.ParsedKey | Error | undefined;
  return key && !(key instanceof Error) ? key.getPublicSSH() : undefined;
}

export type AuthMethod =
  | { type: 'agent'; username: string; agent: string | InstanceType<typeof ssh2.OpenSSHAgent> }
  | { type: 'publickey'; username: string; key: ParsedKey };

/**
 * What to try, in OpenSSH's order: the agent's keys, then each IdentityFile that exists. Keys are
 * unlocked before connecting, so a passphrase prompt never races the handshake deadline.
 */
export async function authMethods(r: ResolvedSsh, keys: KeyRing): Promise<{ methods: AuthMethod[]; notes: string[] }> {
  const methods: AuthMethod[] = [];
  const notes: string[] = [];
  const files = r.identityFiles.filter((f) => existsSync(f));
  if (r.identityAgent && existsSync(r.identityAgent)) {
    if (!r.identitiesOnly) methods.push({ type: 'agent', username: r.user, agent: r.identityAgent });
    else {
      const allowed = files.map(publicBlob).filter((b): b is Buffer => b !== undefined);
      if (allowed.length) methods.push({ type: 'agent', username: r.user, agent: new FilteredAgent(r.identityAgent, allowed) });
    }
  }
  for (const file of files) {
    const loaded = await keys.load(file);
    if ('key' in loaded) methods.push({ type: 'publickey', username: r.user, key: loaded.key });
    else notes.push(loaded.skipped);
  }
  return { methods, notes };
}
