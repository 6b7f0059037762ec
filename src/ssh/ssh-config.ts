import { execFile } from 'node:child_process';
import { hostname as localHostname } from 'node:os';
import { localUser } from './local-user.js';
import { posix } from 'node:path';
import { parseSshConfigFiles, type ParsedSsh, type SshOverrides } from './ssh-config-parser.js';
import { refuseBadOption, refuseSshG } from './refuse-ssh-config.js';
import { KEYWORDS_CLIENT } from './ssh-keywords.js';

/** A host as OpenSSH would connect to it, after ~/.ssh/config and the inventory's own values. */
export interface ResolvedSsh {
  /** The name the user gave (inventory host, or the ssh_config alias). */
  alias: string;
  hostname: string;
  user: string;
  port: number;
  identityFiles: string[];
  identitiesOnly: boolean;
  /** `user@host:port` hops, in order; empty for a direct connection. */
  proxyJump: string[];
  proxyCommand?: string;
  userKnownHostsFiles: string[];
  globalKnownHostsFiles: string[];
  hashKnownHosts: boolean;
  hostKeyAlias?: string;
  /** Path of the agent socket to use, or undefined for none. */
  identityAgent?: string;
  connectTimeoutSeconds?: number;
  serverAliveIntervalSeconds: number;
  serverAliveCountMax: number;
  /** What only the system's ssh can do with (transport `auto` picks OpenSSH for them). */
  certificateFiles: string[];
  gssapi: boolean;
  pkcs11Provider?: string;
  /** Keys are off or not preferred: a password or keyboard-interactive login. */
  passwordLogin: boolean;
}

/** What the inventory says for a host; each value wins over ~/.ssh/config, as ssh's own flags do. */
export type { SshOverrides } from './ssh-config-parser.js';

export interface SshConfigSource {
  /** An ssh_config file to use instead of ~/.ssh/config (ssh -F). */
  configFile?: string;
}

/** `ssh -G`'s output: one `key value` per line, keys lower-cased; repeatable keys collect. */
function parseSshG(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const m = /^(\S+)\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), m[2]!]);
  }
  return out;
}

/** OpenSSH's % tokens and ~, for IdentityFile and known-hosts paths. */
export function expandSshPath(path: string, t: { host: string; user: string; port: number; alias: string }): string {
  const local = localUser();
  const tokens: Record<string, string> = {
    '%': '%',
    d: local.homedir,
    u: local.username,
    l: localHostname(),
    h: t.host,
    r: t.user,
    p: String(t.port),
    n: t.alias,
    i: String(local.uid),
  };
  const expanded = path.replace(/%(.)/g, (all, c: string) => tokens[c] ?? all);
  return expanded === '~' ? local.homedir : expanded.startsWith('~/') ? posix.join(local.homedir, expanded.slice(2)) : expanded;
}

function splitJump(value: string | undefined): string[] {
  if (!value || value === 'none') return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Turns the flat key/value view (from `ssh -G` or the fallback parser) into a ResolvedSsh. */
export function resolvedFromOptions(alias: string, o: Map<string, string[]>): ResolvedSsh {
  const one = (k: string) => o.get(k)?.[0];
  const list = (k: string) => (o.get(k) ?? []).flatMap((v) => v.split(/\s+/)).filter((v) => v && v !== 'none');
  const hostname = one('hostname') ?? alias;
  const user = one('user') ?? localUser().username;
  const port = Number(one('port') ?? 22);
  const t = { host: hostname, user, port, alias };
  const agent = one('identityagent');
  const r: ResolvedSsh = {
    alias,
    hostname,
    user,
    port,
    identityFiles: (o.get('identityfile') ?? []).map((p) => expandSshPath(p, t)),
    identitiesOnly: one('identitiesonly') === 'yes',
    proxyJump: splitJump(one('proxyjump')),
    userKnownHostsFiles: list('userknownhostsfile').map((p) => expandSshPath(p, t)),
    globalKnownHostsFiles: list('globalknownhostsfile').map((p) => expandSshPath(p, t)),
    hashKnownHosts: one('hashknownhosts') === 'yes',
    serverAliveIntervalSeconds: Number(one('serveraliveinterval') ?? 0),
    serverAliveCountMax: Number(one('serveralivecountmax') ?? 3),
    certificateFiles: (o.get('certificatefile') ?? []).map((p) => expandSshPath(p, t)),
    gssapi: one('gssapiauthentication') === 'yes',
    passwordLogin:
      one('pubkeyauthentication') === 'false' || /^(password|keyboard-interactive)/.test(one('preferredauthentications') ?? ''),
  };
  const pkcs11 = one('pkcs11provider');
  if (pkcs11 && pkcs11 !== 'none') r.pkcs11Provider = pkcs11;
  const proxyCommand = one('proxycommand');
  if (proxyCommand && proxyCommand !== 'none') r.proxyCommand = proxyCommand;
  const hostKeyAlias = one('hostkeyalias');
  if (hostKeyAlias && hostKeyAlias !== 'none') r.hostKeyAlias = hostKeyAlias;
  const timeout = one('connecttimeout');
  if (timeout && timeout !== 'none') r.connectTimeoutSeconds = Number(timeout);
  if (agent === 'none') {
    /* no agent */
  } else if (agent && agent !== 'SSH_AUTH_SOCK') {
    r.identityAgent = expandSshPath(agent.startsWith('$') ? (process.env[agent.slice(1)] ?? '') : agent, t);
  } else if (process.env.SSH_AUTH_SOCK) {
    r.identityAgent = process.env.SSH_AUTH_SOCK;
  }
  return r;
}

function sshGArgs(alias: string, over: SshOverrides, src: SshConfigSource): string[] {
  const args = ['-G'];
  if (src.configFile) args.push('-F', src.configFile);
  if (over.user) args.push('-l', over.user);
  if (over.port) args.push('-p', String(over.port));
  if (over.identityFile) args.push('-o', `IdentityFile=${over.identityFile}`);
  if (over.proxyJump) args.push('-J', over.proxyJump);
  // `--` so a hostile alias can never become an option.
  return [...args, '--', alias];
}

let sshVersion: Promise<string | undefined> | undefined;
/** The installed client's `ssh -V` line (OpenSSH_9.2p1 Debian-2+deb12u10, ...), or undefined without one. */
function installedSsh(): Promise<string | undefined> {
  sshVersion ??= new Promise((resolve) => execFile('ssh', ['-V'], (err, _out, stderr) => resolve(err ? undefined : stderr.trim())));
  return sshVersion;
}

/** ssh's own checks (valid_hostname, valid_ruser): names that an option parser or a shell could misread. */
function refuseAsSshDoes(alias: string, r: ResolvedSsh): void {
  if (r.hostname.startsWith('-') || /['`"$\\;&<>|(){}\s\x00-\x1f\x7f]/.test(r.hostname))
    throw new Error(`ssh ${alias}: hostname contains invalid characters`);
  if (r.user.startsWith('-') || /['`";&<>|(){}]|\s-|\\$/.test(r.user))
    throw new Error(`ssh ${alias}: remote username contains invalid characters`);
}

function checked(alias: string, options: Map<string, string[]>): ResolvedSsh {
  const r = resolvedFromOptions(alias, options);
  refuseAsSshDoes(alias, r);
  return r;
}

/**
 * Resolves a host exactly as OpenSSH does. Where ssh_config holds only what wezfleet's parser answers
 * the same way as ssh (no Match, no canonicalisation, no tokens it does not expand), without a
 * process; else by asking `ssh -G`, where the client is installed. A `ssh -G` costs about 6 ms of
 * CPU, which on a fleet of hundreds is most of wezfleet's own share. A keyword ssh does not know
 * stops ssh, so it refuses the host, as ssh would: by the parser's table where the installed client
 * is the one the table is from (or there is none), else in ssh -G's own words.
 */
export async function resolveSsh(alias: string, over: SshOverrides, src: SshConfigSource): Promise<ResolvedSsh> {
  const parsed = parseSshConfigFiles(alias, over, src.configFile);
  const sure = parsed.certain && !parsed.badOption && !parsed.debianOnly;
  const answer = sure ? 'parser' : answerFrom(parsed, await installedSsh());
  if (answer === 'ssh -G') return resolveWithSshG(alias, over, src);
  if (answer === 'refuse') throw refuseBadOption(alias, parsed.badOption!);
  return checked(alias, parsed.options);
}

/**
 * Who answers, given the installed client's `ssh -V` line. The parser's answers are those of the
 * client its keyword table is from (Debian's 9.2p1), which it also assumes where there is none to
 * ask; another client may know a keyword (macOS's ssh knows UseKeychain) or have other defaults, so
 * where the answer depends on the client, ssh -G says.
 */
export function answerFrom(parsed: ParsedSsh, client: string | undefined): 'parser' | 'ssh -G' | 'refuse' {
  const tableClient = client === undefined || KEYWORDS_CLIENT.test(client);
  if (parsed.badOption && (client === undefined || (parsed.certain && tableClient))) return 'refuse';
  if (client === undefined) return 'parser';
  return parsed.certain && !parsed.badOption && (tableClient || !parsed.debianOnly) ? 'parser' : 'ssh -G';
}

/** `ssh -G`'s answer, always (tests compare it with the parser's). */
export async function resolveWithSshG(alias: string, over: SshOverrides, src: SshConfigSource): Promise<ResolvedSsh> {
  const text = await new Promise<string>((resolve, reject) =>
    execFile('ssh', sshGArgs(alias, over, src), { timeout: 10_000 }, (err, stdout, stderr) => {
      if (err) reject(refuseSshG(alias, stderr.trim() || err.message));
      else resolve(stdout);
    }),
  );
  return resolvedFromOptions(alias, parseSshG(text));
}
