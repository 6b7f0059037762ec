import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../../src/core/assets.js';

/** What bin/wezfleet runs: the bundle of the compiled CLI (scripts/bundle.mjs). */
export const CLI = join(packageRoot(), 'dist', 'bundle', 'wezfleet.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with no terminal (stdin closed), as CI and cron do. */
export function runCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  o: { uid?: number; gid?: number; cwd?: string } = {},
): Promise<CliResult> {
  return runCliAt(CLI, args, env, o);
}

/** The same, with another copy of the CLI (an installed package's bin). */
export function runCliAt(
  cli: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  o: { uid?: number; gid?: number; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // A .js or .mjs file runs under this Node; the package's bin (a sh script) runs by itself.
    const [cmd, argv] = /\.m?js$/.test(cli) ? [process.execPath, [cli, ...args]] : [cli, [...args]];
    const child = spawn(cmd, argv, {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: o.cwd ?? env.HOME,
      ...(o.uid !== undefined ? { uid: o.uid, gid: o.gid ?? o.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A scratch home directory with its own state dir; removed by the returned cleanup. */
export function scratchHome(): { home: string; env: NodeJS.ProcessEnv; cleanup(): void } {
  const home = mkdtempSync(join(tmpdir(), 'wezfleet-home-'));
  const env = { HOME: home, XDG_STATE_HOME: join(home, '.state') };
  return { home, env, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

export function parseJson<T = any>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  }
}

let anyUser: string | undefined;

/**
 * A copy of the built CLI that any user can run, with what it reads at run time (its bundle, the Lua
 * worker and evaluator, the remote scripts, its production packages): for tests that run it as
 * another user, from a clone in a folder that user cannot enter (under /root, or a 0700 folder).
 */
export function cliForAnyUser(): string {
  if (anyUser) return anyUser;
  const root = packageRoot();
  const dir = mkdtempSync(join(tmpdir(), 'wezfleet-cli-'));
  for (const part of ['package.json', 'dist/bundle', 'dist/src/lua', 'src/lua', 'src/remote/sh']) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  const prod = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((p) => p.startsWith(join(root, 'node_modules') + sep));
  for (const p of prod) cpSync(p, join(dir, relative(root, p)), { recursive: true });
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (anyUser = join(dir, 'dist', 'bundle', 'wezfleet.mjs'));
}
