import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { globToRegExp, matchPatternList } from '../glob.js';
import type { SshOverrides } from './ssh-config.js';

/**
 * The fallback for machines without an ssh client: ssh_config's rules for the keys wezfleet uses.
 * Host blocks match the alias (wildcards, !negation), the first value obtained wins (IdentityFile
 * accumulates), Include is followed. Match blocks other than `Match all` are skipped.
 */
const LISTS = new Set(['identityfile']);

function expandInclude(pattern: string, base: string): string[] {
  const home = userInfo().homedir;
  const full = pattern.startsWith('~/') ? join(home, pattern.slice(2)) : isAbsolute(pattern) ? pattern : join(base, pattern);
  if (!full.includes('*') && !full.includes('?')) return existsSync(full) ? [full] : [];
  const dir = dirname(full);
  const re = globToRegExp(full.slice(dir.length + 1));
  return existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f)) : [];
}

function readInto(file: string, base: string, alias: string, out: Map<string, string[]>, depth = 0): void {
  if (depth > 16 || !existsSync(file)) return;
  let active = true;
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+?)(?:\s*=\s*|\s+)(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const args = [...m[2]!.matchAll(/"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? a[2]!);
    if (key === 'host') {
      active = matchPatternList(args, alias, 'i');
      continue;
    }
    if (key === 'match') {
      active = args.length === 1 && args[0]!.toLowerCase() === 'all';
      continue;
    }
    if (!active) continue;
    if (key === 'include') {
      for (const pattern of args) for (const f of expandInclude(pattern, base)) readInto(f, base, alias, out, depth + 1);
      continue;
    }
    if (LISTS.has(key)) out.set(key, [...(out.get(key) ?? []), args.join(' ')]);
    else if (!out.has(key)) out.set(key, [args.join(' ')]);
  }
}

export function parseSshConfigFiles(alias: string, over: SshOverrides, configFile?: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (over.user) out.set('user', [over.user]);
  if (over.port) out.set('port', [String(over.port)]);
  if (over.identityFile) out.set('identityfile', [over.identityFile]);
  if (over.proxyJump) out.set('proxyjump', [over.proxyJump]);
  const home = userInfo().homedir;
  if (configFile) readInto(configFile, join(home, '.ssh'), alias, out);
  else {
    readInto(join(home, '.ssh', 'config'), join(home, '.ssh'), alias, out);
    readInto('/etc/ssh/ssh_config', '/etc/ssh', alias, out);
  }
  const hostname = out.get('hostname')?.[0];
  if (hostname) out.set('hostname', [hostname.replaceAll('%h', alias)]);
  if (!out.has('identityfile')) {
    out.set('identityfile', ['~/.ssh/id_rsa', '~/.ssh/id_ecdsa', '~/.ssh/id_ecdsa_sk', '~/.ssh/id_ed25519', '~/.ssh/id_ed25519_sk']);
  }
  if (!out.has('userknownhostsfile')) out.set('userknownhostsfile', ['~/.ssh/known_hosts ~/.ssh/known_hosts2']);
  if (!out.has('globalknownhostsfile')) out.set('globalknownhostsfile', ['/etc/ssh/ssh_known_hosts /etc/ssh/ssh_known_hosts2']);
  return out;
}
