// npm's `prepare`: builds dist/. `npm ci` in a clone runs it, and so does npm installing wezfleet
// from git, in a fresh clone where npm has just run `npm install`.
//
// Under `npm install -g git+...`, npm hands that inner `npm install` its own --global (npm/cli#8440,
// #6984): it installs nothing into the clone, so the build found no tsc, and it links the clone into
// the global node_modules, where the real install then lands inside the clone and is deleted with
// it. So, in that case alone: install the lockfile here as a local install (--global=false, this
// folder as --prefix, no scripts of theirs), build, and remove that link to this clone.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = process.cwd();
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
// pacote (npm's fetcher) sets _PACOTE_NO_PREPARE_ for the install it runs in a git dependency's clone.
const globalGitPrepare = process.env.npm_config_global === 'true' && process.env._PACOTE_NO_PREPARE_ !== undefined;
// Written by the first build of a git install: npm runs prepare a second time right after it.
const marker = join(here, 'node_modules', '.wezfleet-built-for-git-install');

if (process.env.npm_config_global === 'true' && existsSync(marker)) process.exit(0);
if (globalGitPrepare && !existsSync(join(here, 'node_modules'))) {
  console.error('wezfleet: nothing installed to build with (npm install -g from git): installing the lockfile first');
  run('npm', ['ci', '--global=false', `--prefix=${here}`, '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund']);
  run('npm', ['run', 'build']);
  writeFileSync(marker, '');
} else if (!existsSync(join(here, 'node_modules', 'typescript'))) {
  console.error('wezfleet: building needs the devDependencies: run npm ci without --omit=dev');
  process.exit(1);
} else {
  run('npm', ['run', 'build']);
}

if (globalGitPrepare) {
  // The inner install put a link to this temporary clone where the real install is unpacking the
  // package and its dependencies, having moved that folder aside (`.wezfleet-HASH`, arborist's
  // retire-path.js) to delete it once done: the folder goes back, for the package to land in.
  const root = execFileSync('npm', ['root', '--global'], { encoding: 'utf8' }).trim();
  const link = join(root, 'wezfleet');
  if (existsSync(link) && lstatSync(link).isSymbolicLink() && realpathSync(link) === realpathSync(here)) {
    const hash = createHash('sha1')
      .update(link)
      .digest('base64')
      .replace(/[^a-zA-Z0-9]+/g, '')
      .slice(0, 8);
    const aside = join(root, `.wezfleet-${hash}`);
    rmSync(link);
    if (existsSync(aside)) renameSync(aside, link);
    else mkdirSync(link);
  }
}
