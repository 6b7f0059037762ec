/**
 * The values of the ssh_config keys wezfleet reads, as `ssh -G` prints them (OpenSSH 9.2's
 * readconf.c: parse_flag, convtime, a2port, parse_jump), or why only ssh can tell what it makes of
 * one. ssh checks a value on every line, in a matching block or not, so a value it would refuse
 * makes the whole answer ssh -G's, whose error then names the line.
 */
export type ReadValue = { value: string } | { uncertain: string };

/** Keys whose values the parser keeps: those a ResolvedSsh uses, and what changes their defaults or the keyword check. */
export const TRACKED_KEYS = new Set([
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
  'batchmode',
  'ignoreunknown',
  // What only the system's ssh can do: the transport auto picks OpenSSH for them.
  'certificatefile',
  'gssapiauthentication',
  'pkcs11provider',
  'pubkeyauthentication',
  'preferredauthentications',
]);

/** Tokens ResolvedSsh's paths expand themselves (expandSshPath); any other, or ${ENV}, is ssh's to expand. */
const FOREIGN_TOKENS: Record<string, RegExp> = {
  hostname: /%([^h%]|$)/,
  identityfile: /%([^%dulhrpni]|$)/,
  certificatefile: /%([^%dulhrpni]|$)/,
  userknownhostsfile: /%([^%dulhrpni]|$)/,
  globalknownhostsfile: /%([^%dulhrpni]|$)/,
  identityagent: /%([^%dulhrpni]|$)/,
  proxycommand: /$^/,
  proxyjump: /$^/,
  ignoreunknown: /$^/,
};

const INT_MAX = 2 ** 31 - 1;
const uncertain = (why: string): ReadValue => ({ uncertain: why });

function readFlag(v: string): ReadValue {
  const lower = v.toLowerCase();
  if (lower === 'yes' || lower === 'true') return { value: 'yes' };
  if (lower === 'no' || lower === 'false') return { value: 'no' };
  return uncertain(`"${v}" is not yes or no`);
}

/** convtime: "90", "1m30s", "2h"; `none` is left to ssh (it unsets the value, so a later line may set it). */
function readTime(v: string): ReadValue {
  if (!/^(?:\d+[smhdw]?)+$/i.test(v)) return uncertain(`"${v}" is not a time ssh reads the same way`);
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
  let total = 0;
  for (const [, n, u] of v.matchAll(/(\d+)([smhdw]?)/gi)) total += Number(n) * (u ? unit[u.toLowerCase()]! : 1);
  return total > INT_MAX ? uncertain(`"${v}" is too long a time`) : { value: String(total) };
}

function readCount(v: string, least: number, most: number): ReadValue {
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  return n >= least && n <= most ? { value: String(n) } : uncertain(`"${v}" is not a number from ${least} to ${most}`);
}

function readKnownHosts(args: string[]): ReadValue {
  if (args.some((a) => a === '')) return uncertain('an empty known-hosts file name');
  const none = args.findIndex((a) => a.toLowerCase() === 'none');
  if (none >= 0) return args.length === 1 ? { value: 'none' } : uncertain('"none" among other known-hosts files');
  return { value: args.join(' ') };
}

/**
 * parse_jump: `[user@]host[:port]` hops, a `#` ending the list. ssh -G prints the hops before the last
 * as written and the last one rebuilt, with brackets around a numeric host.
 */
export function readProxyJump(value: string): ReadValue {
  let s = value.replace(/^[ \t\r\n=]+/, '');
  const hash = s.indexOf('#');
  if (hash >= 0) {
    // ssh cuts the comment before parsing, but not before its own "none" and "," checks.
    if (s.slice(hash).includes(',') || /^none\s/i.test(s)) return uncertain('a comment after ProxyJump');
    s = s.slice(0, hash).trimEnd();
  }
  if (s.toLowerCase() === 'none') return { value: 'none' };
  const hops = s.split(',');
  const hop = /^(?:([^@]+)@)?([A-Za-z0-9._-]+)(?::(\d+))?$/;
  // ssh:// URIs, [addresses] and odd names are parsed by ssh's own rules.
  if (!hops.every((h) => hop.test(h) && !h.startsWith('ssh://'))) return uncertain(`ProxyJump ${s}: hops ssh reads its own way`);
  const [, user, host, port] = hop.exec(hops.pop()!)!;
  if (port !== undefined && 'uncertain' in readCount(port, 1, 65535)) return uncertain(`ProxyJump ${s}: a bad port`);
  const numeric = /^[0-9.]+$/.test(host!);
  const last = `${user ? `${user}@` : ''}${numeric ? `[${host}]` : host}${port ? `:${Number(port)}` : ''}`;
  return { value: [...hops, last].join(',') };
}

function readOne(key: string, v: string): ReadValue {
  switch (key) {
    case 'port':
      return readCount(v, 1, 65535);
    case 'identitiesonly':
    case 'hashknownhosts':
    case 'batchmode':
    case 'gssapiauthentication':
      return readFlag(v);
    case 'connecttimeout':
    case 'serveraliveinterval':
      return readTime(v);
    case 'serveralivecountmax':
      return readCount(v, 0, INT_MAX);
    case 'pubkeyauthentication': {
      // ssh -G prints it as true, false, unbound or host-bound.
      const lower = v.toLowerCase();
      if (lower === 'yes' || lower === 'true') return { value: 'true' };
      if (lower === 'no' || lower === 'false') return { value: 'false' };
      return lower === 'unbound' || lower === 'host-bound' ? { value: lower } : uncertain(`PubkeyAuthentication ${v}`);
    }
    case 'hostkeyalias':
      // ssh lower-cases the alias before it looks it up.
      return { value: v.toLowerCase() };
    case 'identityagent':
      if (v.startsWith('$') && !/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(v)) return uncertain(`IdentityAgent ${v}`);
      return { value: v };
    default:
      return { value: v };
  }
}

/** The value of one line of a tracked key: `args` as split, `rest` the raw text (for the keys that take it). */
export function readValue(key: string, args: string[], rest: string): ReadValue {
  const raw = key === 'proxycommand' ? rest.replace(/^[ \t\r\n=]+/, '') : key === 'proxyjump' ? rest : args.join(' ');
  if (raw.includes('${') && key !== 'proxycommand') return uncertain(`\${ENV} in ${key}`);
  if ((FOREIGN_TOKENS[key] ?? /%/).test(raw)) return uncertain(`tokens in ${key}`);
  // expandSshPath knows ~ and ~/, not another user's ~name.
  if (args.some((a) => /^~[^/]/.test(a)) && /file$|agent$/.test(key)) return uncertain(`~user in ${key}`);
  if (key === 'proxycommand') return { value: raw };
  if (key === 'proxyjump') return readProxyJump(raw);
  if (key === 'userknownhostsfile' || key === 'globalknownhostsfile') return readKnownHosts(args);
  if (args[0] === '') return uncertain(`an empty ${key}`);
  return readOne(key, args[0]!);
}
