import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetPath, packageRoot } from '../../src/core/assets.js';

/**
 * The directory mounted over each test host's /usr/local/bin: the wezterm-mux-server and wezterm
 * stand-ins (Python, evaluating configs with lua5.4 and wezfleet's stub wezterm module), a
 * `systemctl --user` stand-in for hosts whose mux is a user unit, a multi-threaded mux whose leader
 * dies before its lock is released, and the fake agent installed as `claude` and `codex`.
 */
export function prepareStandins(dir: string, bins: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  const src = join(packageRoot(), 'test', 'fleet', 'standins');
  for (const name of ['wezterm-mux-server', 'systemctl']) {
    copyFileSync(join(src, name), join(dir, name));
    chmodSync(join(dir, name), 0o755);
  }
  // `wezterm`: compiled, as WezTerm's own CLI is, for `cli list`; the Python stand-in does the rest.
  copyFileSync(bins['wezterm-cli']!, join(dir, 'wezterm'));
  chmodSync(join(dir, 'wezterm'), 0o755);
  copyFileSync(join(src, 'wezterm'), join(dir, '.wezterm-cli.py'));
  chmodSync(join(dir, '.wezterm-cli.py'), 0o755);
  // Its name makes /proc/PID/comm start with "wezterm-mux", as the real server's does.
  copyFileSync(bins['threaded-mux']!, join(dir, 'wezterm-mux-threaded'));
  chmodSync(join(dir, 'wezterm-mux-threaded'), 0o755);
  for (const agent of ['claude', 'codex']) {
    copyFileSync(bins['fake-agent']!, join(dir, agent));
    chmodSync(join(dir, agent), 0o755);
  }
  // Copies, not paths into the checkout: a test host sees its own /tmp, where a clone may live.
  const lua = join(dir, '.wezfleet-lua');
  mkdirSync(lua, { recursive: true });
  for (const f of ['evaluate-cli.lua', 'evaluate.lua', 'wezterm-stub.lua']) copyFileSync(assetPath(`lua/${f}`), join(lua, f));
  const inHost = '/usr/local/bin/.wezfleet-lua';
  writeFileSync(
    join(dir, '.wezfleet-standin.json'),
    JSON.stringify({
      lua: '/usr/bin/lua5.4',
      evaluate_cli: `${inHost}/evaluate-cli.lua`,
      evaluate: `${inHost}/evaluate.lua`,
      stub: `${inHost}/wezterm-stub.lua`,
    }),
  );
  return dir;
}
