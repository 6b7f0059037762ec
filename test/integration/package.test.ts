import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packageRoot } from '../../src/core/assets.js';
import { runCliAt, scratchHome } from '../helpers/cli.js';

const root = packageRoot();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('the package', () => {
  it('installs a `wezfleet` bin that runs by itself, as npx runs it after npm ci', () => {
    const bin = join(root, pkg.bin.wezfleet);
    assert.equal(statSync(bin).mode & 0o111, 0o111, `${bin} is not executable`);
    assert.equal(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim(), pkg.version);
  });

  it('finds its bundle through links to the bin, relative and chained, as npm links it into bin directories', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'wezfleet-links-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'bin'));
    symlinkSync(relative(join(dir, 'bin'), join(root, pkg.bin.wezfleet)), join(dir, 'bin', 'wezfleet'));
    symlinkSync(join('bin', 'wezfleet'), join(dir, 'chained'));
    assert.equal(execFileSync(join(dir, 'chained'), ['--version'], { encoding: 'utf8' }).trim(), pkg.version);
  });

  it('ships the LICENSE that package.json names', () => {
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  });
});

/** npm as the operator runs it: without the settings `npm run` hands the test (a global prefix, say). */
const npmEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(global|prefix|local_prefix)$/i.test(k)));

function npmInstallGlobal(prefix: string, spec: string): void {
  execFileSync('npm', ['install', '--global', `--prefix=${prefix}`, '--prefer-offline', '--no-audit', '--no-fund', '--silent', spec], {
    stdio: 'pipe',
    env: npmEnv(),
  });
}

describe('the packed tarball, installed into an empty directory', () => {
  let dir: string;
  let bin: string;
  let tarball: string;
  const home = scratchHome();

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wezfleet-install-'));
    // dist/ is already built by `npm test`; the tarball is what `npm publish` would upload.
    tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1)!;
    writeFileSync(join(dir, 'package.json'), '{"name":"empty","private":true}\n');
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], {
      cwd: dir,
      stdio: 'pipe',
      env: npmEnv(),
    });
    bin = join(dir, 'node_modules', '.bin', 'wezfleet');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    home.cleanup();
  });

  it('holds only what it needs: no sources of tests, no TypeScript, the assets it reads at run time', () => {
    const installed = join(dir, 'node_modules', 'wezfleet');
    assert.ok(existsSync(join(installed, 'src', 'lua', 'evaluate.lua')));
    assert.ok(existsSync(join(installed, 'src', 'remote', 'sh', 'write-config.sh')));
    assert.ok(existsSync(join(installed, 'LICENSE')));
    for (const file of ['dist/man/wezfleet.1', 'schema/config.schema.json', 'schema/inventory.schema.json', 'config.example.yaml']) {
      assert.ok(existsSync(join(installed, file)), file);
    }
    assert.ok(!existsSync(join(installed, 'test')) && !existsSync(join(installed, 'dist', 'test')));
    assert.deepEqual(readdirSync(join(installed, 'src')).sort(), ['lua', 'remote']);
    // One prompt package per prompt kind, not the whole inquirer.
    assert.ok(!existsSync(join(dir, 'node_modules', 'inquirer')));
    assert.ok(existsSync(join(dir, 'node_modules', '@inquirer', 'confirm')));
  });

  it('runs Node with the smaller young generation that its bin asks for', async () => {
    // Node prints its own flags here, from a module it loads before wezfleet.
    const show = '--import=data:text/javascript,console.error(process.execArgv.join())';
    const r = await runCliAt(bin, ['--version'], { ...home.env, NODE_OPTIONS: show });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /--max-semi-space-size=4/);
    assert.equal(r.stdout.trim(), pkg.version);
  });

  it('installs globally too, its man page where man finds it', () => {
    const prefix = join(dir, 'global');
    npmInstallGlobal(prefix, join(dir, tarball));
    assert.equal(execFileSync(join(prefix, 'bin', 'wezfleet'), ['--version'], { encoding: 'utf8' }).trim(), pkg.version);
    assert.match(readFileSync(join(prefix, 'share', 'man', 'man1', 'wezfleet.1'), 'utf8'), /^\.TH WEZFLEET 1 /m);
  });

  it('plan and apply run from there', async () => {
    const plan = await runCliAt(bin, ['plan', '--ram', '64'], home.env);
    assert.equal(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /would create/);
    const apply = await runCliAt(bin, ['apply', '--yes', '--ram', '64'], home.env);
    assert.equal(apply.code, 0, apply.stderr);
    assert.match(readFileSync(join(home.home, '.wezterm.lua'), 'utf8'), /^config\.scrollback_lines = 1000000$/m);
  });
});

describe('npm install -g git+file://, as from a git host', () => {
  let dir: string;
  let prefix: string;
  const home = scratchHome();

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wezfleet-git-install-'));
    // The working tree as a commit would hold it (ignored files left out, as git leaves them), in a bare repository.
    const work = join(dir, 'work');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && existsSync(join(root, f)));
    for (const f of files) cpSync(join(root, f), join(work, f), { recursive: true });
    const git = (args: string[], cwd: string) =>
      execFileSync('git', ['-c', 'user.name=wezfleet test', '-c', 'user.email=test@wezfleet.invalid', ...args], { cwd, stdio: 'pipe' });
    git(['init', '-q'], work);
    git(['add', '-A'], work);
    git(['commit', '-q', '-m', 'the working tree'], work);
    git(['clone', '-q', '--bare', work, join(dir, 'wezfleet.git')], dir);
    prefix = join(dir, 'prefix');
    // npm clones it, installs its devDependencies, builds it (prepare), packs it and installs that.
    npmInstallGlobal(prefix, `git+file://${join(dir, 'wezfleet.git')}`);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    home.cleanup();
  });

  it('installs a real folder, not a link to the clone npm built it in (and deleted)', () => {
    const installed = join(prefix, 'lib', 'node_modules', 'wezfleet');
    assert.ok(!lstatSync(installed).isSymbolicLink());
    assert.ok(existsSync(join(installed, 'dist', 'bundle', 'wezfleet.mjs')));
    assert.ok(!existsSync(join(installed, 'node_modules', 'typescript')), 'the devDependencies stay behind');
    assert.deepEqual(readdirSync(join(prefix, 'lib', 'node_modules')), ['wezfleet'], 'nothing left aside');
  });

  it('runs: --version, and render from the RAM given', async () => {
    const bin = join(prefix, 'bin', 'wezfleet');
    const version = await runCliAt(bin, ['--version'], home.env);
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout.trim(), pkg.version);
    const render = await runCliAt(bin, ['render', '--ram', '128'], home.env);
    assert.equal(render.code, 0, render.stderr);
    assert.match(render.stdout, /^config\.scrollback_lines = 2000000$/m);
  });

  it('places the man page', () => {
    assert.match(readFileSync(join(prefix, 'share', 'man', 'man1', 'wezfleet.1'), 'utf8'), /^\.SH COMMANDS$/m);
  });
});
