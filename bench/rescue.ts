/**
 * `npm run bench:rescue` (as root): how many agents `wezfleet rescue` saves and how long it takes, on
 * the test fleet (real tmux, real reptyr, the stand-in mux that kills a pane's process on EOF unless
 * Hold). One host with 20 agents, then 10 hosts with 10 agents each in one command. Not a test: it
 * prints a table. Every agent counted as rescued is checked alive afterwards, in its tmux window.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Fleet } from '../test/fleet/fleet.js';
import { CLI } from '../test/helpers/cli.js';
import { clientEnv } from '../test/helpers/fleet-cli.js';

const RT = '/run/user/0/wezterm';
const BASE = 'local wezterm = require("wezterm")\nlocal config = wezterm.config_builder()\nreturn config\n';

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; json: any; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('close', (code) => resolve({ code, json: JSON.parse(out), seconds: (Date.now() - started) / 1000 }));
  });
}

async function main(): Promise<void> {
  const specs = [{ name: 'solo', ramGiB: 256 }, ...Array.from({ length: 10 }, (_, i) => ({ name: `m${i + 1}`, ramGiB: 128 }))];
  const fleet = await Fleet.start(96, specs);
  try {
    const env = { ...process.env, ...clientEnv(fleet, { WEZFLEET_PROGRESS_SECONDS: '3600' }) };
    const agents = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `wezterm cli --no-auto-start spawn -- ${i % 2 ? 'codex --full-auto' : 'claude --dangerously-skip-permissions'}`,
      ).join('; ');
    await Promise.all(
      fleet.hosts.map(async (h) => {
        fleet.ssh(h.name, 'cat > /root/.wezterm.lua', { input: BASE });
        fleet.ssh(
          h.name,
          `wezterm-mux-server --daemonize && for i in $(seq 50); do [ -S ${RT}/sock ] && break; sleep 0.1; done; ${agents(h.name === 'solo' ? 20 : 10)}`,
        );
      }),
    );
    const inventory = (names: string[]) => {
      const file = join(fleet.dir, `rescue-${names.length}.yaml`);
      writeFileSync(file, `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n${names.map((n) => `  - name: ${n}\n`).join('')}`);
      return file;
    };
    const rows: string[] = ['| job | agents found | rescued | verified alive after | seconds |', '|:--|--:|--:|--:|--:|'];
    for (const [label, names] of [
      ['1 host, 20 agents', ['solo']],
      ['10 hosts x 10 agents, one command', fleet.hosts.filter((h) => h.name !== 'solo').map((h) => h.name)],
    ] as const) {
      const r = await cli(['rescue', '--yes', '--restart-mux', '--json', '--concurrency', '10', '-i', inventory([...names])], env);
      const found = r.json.hosts.flatMap((h: any) => h.detail?.agents ?? []);
      const rescued = found.filter((a: any) => a.result === 'rescued');
      let alive = 0;
      for (const h of r.json.hosts) {
        for (const a of (h.detail?.agents ?? []).filter((x: any) => x.result === 'rescued')) {
          if (fleet.ssh(h.host, `kill -0 ${a.pid} 2>/dev/null && echo yes || echo no`).trim() === 'yes') alive++;
        }
      }
      rows.push(
        `| ${label} | ${found.length} | ${rescued.length} (${Math.round((100 * rescued.length) / Math.max(found.length, 1))}%) | ${alive} | ${r.seconds.toFixed(1)} |`,
      );
    }
    process.stdout.write(
      `${new Date().toISOString().slice(0, 10)}, medians not taken: one run each, --restart-mux included\n\n${rows.join('\n')}\n`,
    );
  } finally {
    await fleet.stop();
  }
}

await main();
