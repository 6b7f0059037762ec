import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { localUser } from './local-user.js';
import { dirname, isAbsolute, join } from 'node:path';
import { globToRegExp, matchPatternList } from '../core/glob.js';

/** What the inventory or the command line sets for a host, over what ssh_config says. */
export interface SshOverrides {
  user?: string;
  port?: number;
  identityFile?: string;
  proxyJump?: string;
}

/**
 * ssh_config's rules for the keys wezfleet uses, without starting a process: Host blocks match the
 * alias (wildcards, !negation), the first value obtained wins (IdentityFile accumulates), Include is
 * followed, and the defaults are ssh's own. The answer is `certain` (the same as `ssh -G`'s, which a
 * test checks) unless the files use what only ssh itself can evaluate: Match, host name
 * canonicalisation, tokens or ${ENV} in the values read here. Then resolveSsh asks `ssh -G`.
 */
const LISTS = new Set(['identityfile', 'certificatefile']);

/** Keys whose values reach a ResolvedSsh; tokens and ${ENV} in them are left to ssh -G. */
const READ = new Set([
  'hostname',
  'user',
  'port',
  'identityfile',
  'identitiesonly',
  'proxyjump',
  'proxycommand',
  'userknownhostsfile',
  'globalknownhostsfile',
  'hashknownhosts',
  'hostkeyalias',
  'identityagent',
  'connecttimeout',
  'serveraliveinterval',
  'serveralivecountmax',
]);

/** Tokens resolvedFromOptions expands itself (expandSshPath), per key. */
const OWN_TOKENS: Record<string, RegExp> = {
  hostname: /%[^h%]/,
  identityfile: /%[^%dulhrpni]/,
  userknownhostsfile: /%[^%dulhrpni]/,
  globalknownhostsfile: /%[^%dulhrpni]/,
  identityagent: /%[^%dulhrpni]/,
};

type Entry =
  | { kind: 'host'; patterns: string[] }
  | { kind: 'match-all' }
  | { kind: 'include'; files: string[] }
  | { kind: 'option'; key: string; value: string };

interface ParsedFile {
  entries: Entry[];
  /** Why ssh -G must answer instead, if it must. */
  uncertain?: string;
}

const parsedFiles = new Map<string, ParsedFile>();

function expandInclude(pattern: string, base: string): string[] {
  const home = localUser().homedir;
  const full = pattern.startsWith('~/') ? join(home, pattern.slice(2)) : isAbsolute(pattern) ? pattern : join(base, pattern);
  if (!full.includes('*') && !full.includes('?')) return existsSync(full) ? [full] : [];
  const dir = dirname(full);
  const re = globToRegExp(full.slice(dir.length + 1));
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => re.test(f))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** One file's directives, read once per run (the files do not change while wezfleet runs). */
function parseFile(file: string, base: string): ParsedFile {
  const cached = parsedFiles.get(file);
  if (cached) return cached;
  const parsed: ParsedFile = { entries: [] };
  parsedFiles.set(file, parsed);
  if (!existsSync(file)) return parsed;
  const uncertain = (why: string) => (parsed.uncertain ??= `${file}: ${why}`);
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+?)(?:\s*=\s*|\s+)(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const args = [...m[2]!.matchAll(/"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? a[2]!);
    if (key === 'host') parsed.entries.push({ kind: 'host', patterns: args });
    else if (key === 'match') {
      if (args.length === 1 && args[0]!.toLowerCase() === 'all') parsed.entries.push({ kind: 'match-all' });
      else uncertain('Match');
    } else if (key === 'include') {
      parsed.entries.push({ kind: 'include', files: args.flatMap((p) => expandInclude(p, base)) });
    } else if (key === 'canonicalizehostname' && args[0]?.toLowerCase() !== 'no') uncertain('CanonicalizeHostname');
    else {
      const value = args.join(' ');
      if (READ.has(key) && (value.includes('${') || (OWN_TOKENS[key] ?? /%/).test(value))) uncertain(`tokens in ${key}`);
      parsed.entries.push({ kind: 'option', key, value });
    }
  }
  return parsed;
}

function readInto(file: string, base: string, alias: string, out: Map<string, string[]>, state: { uncertain?: string }, depth = 0): void {
  if (depth > 16) return;
  const parsed = parseFile(file, base);
  if (parsed.uncertain) state.uncertain ??= parsed.uncertain;
  let active = true;
  for (const e of parsed.entries) {
    if (e.kind === 'host') active = matchPatternList(e.patterns, alias, 'i');
    else if (e.kind === 'match-all') active = true;
    else if (!active) continue;
    else if (e.kind === 'include') for (const f of e.files) readInto(f, base, alias, out, state, depth + 1);
    else if (LISTS.has(e.key)) out.set(e.key, [...(out.get(e.key) ?? []), e.value]);
    else if (!out.has(e.key)) out.set(e.key, [e.value]);
  }
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

export function parseSshConfigFiles(
  alias: string,
  over: SshOverrides,
  configFile?: string,
): { options: Map<string, string[]>; certain: boolean; uncertain?: string } {
  const out = new Map<string, string[]>();
  const state: { uncertain?: string } = {};
  if (over.user) out.set('user', [over.user]);
  if (over.port) out.set('port', [String(over.port)]);
  if (over.identityFile) out.set('identityfile', [over.identityFile]);
  if (over.proxyJump) out.set('proxyjump', [over.proxyJump]);
  const home = localUser().homedir;
  if (configFile) readInto(configFile, join(home, '.ssh'), alias, out, state);
  else {
    readInto(join(home, '.ssh', 'config'), join(home, '.ssh'), alias, out, state);
    readInto('/etc/ssh/ssh_config', '/etc/ssh', alias, out, state);
  }
  // ssh expands %h in HostName, then lowercases the host name it connects to.
  const hostname = out.get('hostname')?.[0];
  out.set('hostname', [(hostname ? hostname.replace(/%([h%])/g, (_, c: string) => (c === 'h' ? alias : '%')) : alias).toLowerCase()]);
  if (!out.has('identityfile')) out.set('identityfile', DEFAULT_IDENTITIES);
  if (!out.has('userknownhostsfile')) out.set('userknownhostsfile', ['~/.ssh/known_hosts ~/.ssh/known_hosts2']);
  if (!out.has('globalknownhostsfile')) out.set('globalknownhostsfile', ['/etc/ssh/ssh_known_hosts /etc/ssh/ssh_known_hosts2']);
  return state.uncertain ? { options: out, certain: false, uncertain: state.uncertain } : { options: out, certain: true };
}
