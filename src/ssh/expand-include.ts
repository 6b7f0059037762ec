import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { globToRegExp } from '../core/glob.js';
import { localUser } from './local-user.js';

/** The files one Include pattern names, in ssh's order, or why only ssh can tell. */
export type IncludeFiles = { files: string[] } | { uncertain: string };

function sortBytewise(names: string[]): string[] {
  return names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/**
 * readconf.c's Include: a relative path is under ~/.ssh (the user's files) or /etc/ssh (the
 * system's); glob(3) with GLOB_TILDE then expands it, so `~` is $HOME here (not the passwd entry, as
 * elsewhere in ssh) and `*` never matches a leading dot. Character classes, escapes, `~user` and
 * wildcards in directories are left to ssh.
 */
export function expandInclude(pattern: string, userConfig: boolean): IncludeFiles {
  if (pattern.startsWith('~') && !userConfig) return { uncertain: `Include ${pattern} in a system file` };
  const anchored = pattern.startsWith('/') || pattern.startsWith('~') ? pattern : `${userConfig ? '~/.ssh' : '/etc/ssh'}/${pattern}`;
  if (/^~[^/]/.test(anchored) || /[[\\]/.test(anchored)) return { uncertain: `Include ${pattern}` };
  const home = process.env.HOME || localUser().homedir;
  const path = anchored.startsWith('~') ? home + anchored.slice(1) : anchored;
  const dir = dirname(path);
  const name = basename(path);
  if (/[*?]/.test(dir)) return { uncertain: `Include ${pattern}: wildcards in a directory` };
  if (!/[*?]/.test(name)) {
    const found = lstatSync(path, { throwIfNoEntry: false });
    // A dangling link matches, then fails to open: ssh counts that as a bad line.
    if (found?.isSymbolicLink() && !statSync(path, { throwIfNoEntry: false })) return { uncertain: `Include ${pattern}: a dangling link` };
    return { files: found ? [path] : [] };
  }
  const re = globToRegExp(name);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return { files: [] };
    return { uncertain: `Include ${pattern}: ${(err as Error).message}` };
  }
  const matches = names.filter((n) => re.test(n) && (!n.startsWith('.') || name.startsWith('.')));
  return { files: sortBytewise(matches).map((n) => join(dir, n)) };
}
