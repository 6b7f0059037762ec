import { statSync } from 'node:fs';
import { isIPv4 } from 'node:net';
import { join } from 'node:path';
import { matchPatternList } from '../core/glob.js';
import { expandInclude } from './expand-include.js';
import { localUser } from './local-user.js';
import { parseConfigFile, type OptionEntry } from './parse-config-file.js';
import { readProxyJump, readValue } from './ssh-config-values.js';
import { isKnownKeyword } from './ssh-keywords.js';

/** What the inventory or the command line sets for a host, over what ssh_config says. */
export interface SshOverrides {
  user?: string;
  port?: number;
  identityFile?: string;
  proxyJump?: string;
}

/** A keyword ssh does not know (and no IgnoreUnknown covers): ssh stops there, naming the line. */
export interface BadOption {
  file: string;
  line: number;
  /** As written, for the IgnoreUnknown line that would let ssh go on. */
  keyword: string;
}

export interface ParsedSsh {
  options: Map<string, string[]>;
  certain: boolean;
  uncertain?: string;
  badOption?: BadOption;
  /** Why the answer is Debian's ssh's and may not be another client's (ssh -G answers there). */
  debianOnly?: string;
}

interface Reading {
  alias: string;
  out: Map<string, string[]>;
  /** IdentityFiles already listed, by source kind: ssh skips a repeat. */
  identities: Set<string>;
  uncertain?: string;
  ignoreUnknown?: string[];
  badOption?: BadOption;
  debianOnly?: string;
}

/** A file ssh reads: whether it is the user's (Include under ~/.ssh, `~` allowed) and whether ssh checks its owner and mode. */
interface Source {
  file: string;
  userConfig: boolean;
  checkPerm: boolean;
}

function ownedSafely(file: string): boolean {
  const st = statSync(file, { throwIfNoEntry: false });
  return !st || ((st.uid === 0 || st.uid === process.getuid?.()) && (st.mode & 0o022) === 0);
}

function checkKeyword(e: OptionEntry, file: string, r: Reading): void {
  if (r.badOption || isKnownKeyword(e.keyword)) return;
  if (r.ignoreUnknown && matchPatternList(r.ignoreUnknown, e.keyword, 'i')) return;
  r.badOption = { file, line: e.line, keyword: e.written };
}

function apply(e: OptionEntry, src: Source, r: Reading): void {
  const { key, value } = e;
  if (value === undefined) return;
  const { out } = r;
  if (key === 'ignoreunknown') r.ignoreUnknown ??= value.split(',');
  else if (key === 'identityfile') addIdentity(r, value, src.userConfig);
  else if (key === 'certificatefile') out.set(key, [...(out.get(key) ?? []), value]);
  else if (key === 'proxycommand' || key === 'proxyjump') {
    // The first of ProxyCommand and ProxyJump wins; ssh ignores the other.
    if (!out.has('proxycommand') && !out.has('proxyjump')) out.set(key, [value]);
  } else if (!out.has(key)) out.set(key, [value]);
}

function addIdentity(r: Reading, path: string, userConfig: boolean): void {
  const id = `${userConfig}:${path}`;
  if (r.identities.has(id)) return;
  r.identities.add(id);
  r.out.set('identityfile', [...(r.out.get('identityfile') ?? []), path]);
}

function readInto(src: Source, r: Reading, active: boolean, neverMatch: boolean, depth: number): void {
  if (depth > 16) return void (r.uncertain ??= `${src.file}: Include nested more than 16 deep`);
  if (src.checkPerm && !ownedSafely(src.file)) return void (r.uncertain ??= `${src.file}: an owner or mode ssh refuses`);
  const parsed = parseConfigFile(src.file);
  if (parsed.uncertain) r.uncertain ??= parsed.uncertain;
  for (const e of parsed.entries) {
    if (e.kind === 'host') active = !neverMatch && matchPatternList(e.patterns, r.alias);
    else if (e.kind === 'match-all') active = !neverMatch;
    else if (e.kind === 'option') {
      checkKeyword(e, src.file, r);
      if (active) apply(e, src, r);
    } else {
      // Files included from a block that does not apply are still read, for their errors.
      for (const pattern of e.patterns) {
        const found = expandInclude(pattern, src.userConfig);
        if ('uncertain' in found) r.uncertain ??= `${src.file}: ${found.uncertain}`;
        else for (const file of found.files) readInto({ ...src, file, checkPerm: true }, r, active, neverMatch || !active, depth + 1);
      }
    }
  }
}

/** ssh.c: %h in HostName is the alias; a name is lower-cased, an address normalised (left to ssh unless plain IPv4). */
function finalHostname(alias: string, configured: string | undefined, r: Reading): string {
  const host = configured ? configured.replace(/%([h%])/g, (_, c: string) => (c === 'h' ? alias : '%')) : alias;
  if (isIPv4(host)) return host;
  if (host.includes(':') || /^[0-9][0-9a-fx.]*$/i.test(host)) r.uncertain ??= `${host}: an address ssh normalises`;
  return host.toLowerCase();
}

/** ssh refuses to jump to the host itself ("jumphost loop"). */
function jumpsToItself(r: Reading, hostname: string): boolean {
  const jump = r.out.get('proxyjump')?.[0];
  if (!jump || jump === 'none') return false;
  const m = /^(?:(.+)@)?\[?([^\]:]+)\]?(?::(\d+))?$/.exec(jump.slice(jump.lastIndexOf(',') + 1));
  const user = r.out.get('user')?.[0] ?? localUser().username;
  const port = r.out.get('port')?.[0] ?? '22';
  return !!m && m[2] === hostname && (m[3] ?? '22') === port && (m[1] ?? user) === user;
}

/** ssh's defaults for the keys wezfleet reads, as `ssh -G` prints them. */
const DEFAULT_IDENTITIES = [
  '~/.ssh/id_rsa',
  '~/.ssh/id_ecdsa',
  '~/.ssh/id_ecdsa_sk',
  '~/.ssh/id_ed25519',
  '~/.ssh/id_ed25519_sk',
  '~/.ssh/id_xmss',
  '~/.ssh/id_dsa',
];

function applyOverrides(r: Reading, over: SshOverrides): void {
  if (over.user) r.out.set('user', [over.user]);
  if (over.port) r.out.set('port', [String(over.port)]);
  if (over.identityFile) {
    const v = readValue('identityfile', [over.identityFile], over.identityFile);
    if ('uncertain' in v) r.uncertain ??= `IdentityFile ${over.identityFile}: ${v.uncertain}`;
    addIdentity(r, over.identityFile, true);
  }
  if (over.proxyJump) {
    // Like ssh -J, which also sets ProxyCommand none.
    const v = readProxyJump(over.proxyJump);
    if ('uncertain' in v) r.uncertain ??= v.uncertain;
    r.out.set('proxyjump', ['value' in v ? v.value : over.proxyJump]);
  }
}

/**
 * ssh_config's rules for the keys wezfleet uses, without starting a process: lines split as
 * readconf.c splits them (split-config-line.ts), Host blocks matching the alias as typed (wildcards,
 * !negation, case-sensitive), the first value obtained winning (IdentityFile accumulates), Include
 * followed, ssh's own defaults, and every keyword checked against the table ssh 9.2 knows (an
 * unknown one is an error unless an earlier IgnoreUnknown covers it, in a block that applies or
 * not). The answer is `certain` (the same as `ssh -G`'s, which tests check on real configs) unless
 * the files use what only ssh itself can evaluate: Match, canonicalisation, tokens or ${ENV} in the
 * values read here, values or quoting ssh would refuse. Then resolveSsh asks `ssh -G`.
 */
export function parseSshConfigFiles(alias: string, over: SshOverrides, configFile?: string): ParsedSsh {
  const r: Reading = { alias, out: new Map(), identities: new Set() };
  // ssh splits user@host itself.
  if (alias.includes('@')) r.uncertain = `${alias}: a user in the host name`;
  applyOverrides(r, over);
  if (configFile) readInto({ file: configFile, userConfig: true, checkPerm: false }, r, true, false, 0);
  else {
    readInto({ file: join(localUser().homedir, '.ssh', 'config'), userConfig: true, checkPerm: true }, r, true, false, 0);
    readInto({ file: '/etc/ssh/ssh_config', userConfig: false, checkPerm: false }, r, true, false, 0);
  }
  const { out } = r;
  const hostname = finalHostname(alias, out.get('hostname')?.[0], r);
  out.set('hostname', [hostname]);
  if (jumpsToItself(r, hostname)) r.uncertain ??= `ProxyJump ${out.get('proxyjump')![0]}: a jump to the host itself`;
  // Debian's ssh makes BatchMode's ServerAliveInterval 300 (its keepalive-extensions patch); others do not.
  if (out.get('batchmode')?.[0] === 'yes' && !out.has('serveraliveinterval')) {
    out.set('serveraliveinterval', ['300']);
    r.debianOnly = 'BatchMode yes without ServerAliveInterval';
  }
  if (!out.has('identityfile')) out.set('identityfile', DEFAULT_IDENTITIES);
  if (!out.has('userknownhostsfile')) out.set('userknownhostsfile', ['~/.ssh/known_hosts ~/.ssh/known_hosts2']);
  if (!out.has('globalknownhostsfile')) out.set('globalknownhostsfile', ['/etc/ssh/ssh_known_hosts /etc/ssh/ssh_known_hosts2']);
  const parsed: ParsedSsh = { options: out, certain: !r.uncertain };
  if (r.uncertain) parsed.uncertain = r.uncertain;
  if (r.badOption) parsed.badOption = r.badOption;
  if (r.debianOnly) parsed.debianOnly = r.debianOnly;
  return parsed;
}
