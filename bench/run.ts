/**
 * Benchmarks (not tests: nothing here passes or fails). Run as root: `npm run bench`.
 * 1. How a config is read and written over SSH: wezfleet's exec scripts (one round trip each, the
 *    checks done remotely) against SFTP doing the same steps (open, stat, read, write a temp file,
 *    fsync, rename), over one connection to a test host.
 * 2. plan and apply across a fleet of test hosts, end to end through the CLI.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ssh2 from 'ssh2';
import { CLI } from '../test/helpers/cli.js';
import { Fleet } from '../test/fleet/fleet.js';
import { connectSsh } from '../src/ssh/connect.js';
import { KeyRing } from '../src/ssh/credentials.js';
import { KnownHostsStore } from '../src/ssh/host-key-policy.js';
import { resolveSsh } from '../src/ssh/ssh-config.js';
import { SshTransport } from '../src/ssh/ssh-transport.js';
import { SudoPassword } from '../src/ssh/sudo.js';
import { readConfig, sha256 } from '../src/remote/read-config.js';
import { writeConfig } from '../src/remote/write-config.js';
import type { ConfigCandidate } from '../src/config/locate-config.js';

const ROUNDS = 40;

async function timeIt(label: string, rounds: number, fn: (i: number) => Promise<void>): Promise<number> {
  await fn(-1); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) await fn(i);
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / rounds;
  console.log(`${label.padEnd(58)} ${ms.toFixed(2).padStart(8)} ms`);
  return ms;
}

function sftpOf(client: ssh2.Client): Promise<ssh2.SFTPWrapper> {
  return new Promise((resolve, reject) => client.sftp((err, s) => (err ? reject(err) : resolve(s))));
}

const p = <T>(fn: (cb: (err: Error | null | undefined, v: T) => void) => void) =>
  new Promise<T>((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));

async function transfer(fleet: Fleet): Promise<void> {
  console.log('\n1. read + write one config, over one SSH connection');
  const ctx = {
    policy: 'strict' as const,
    knownHosts: new KnownHostsStore(),
    keys: new KeyRing(async () => undefined),
    sshConfig: { configFile: fleet.sshConfig },
    connectTimeoutMs: 10_000,
    keepaliveMs: 15_000,
    retries: 0,
  };
  const r = await resolveSsh('bench1', {}, ctx.sshConfig);
  const connection = await connectSsh(r, ctx, new AbortController().signal);
  const t = new SshTransport('bench1', connection, { password: new SudoPassword(async () => undefined) });
  const body = Buffer.from('local config = {}\n' + '-- padding line for a realistic config size\n'.repeat(100) + 'return config\n');
  fleet.ssh('bench1', 'cat > /root/.wezterm.lua', { input: body.toString() });
  const candidates: ConfigCandidate[] = [{ path: '/root/.wezterm.lua', source: 'home', mustExist: false }];
  const o = { timeoutMs: 30_000 };

  await timeIt('exec: read-config script (find, stat, read)', ROUNDS, async () => {
    await readConfig(t, candidates, [], o);
  });
  await timeIt('exec: write-config script (check, temp, fsync, rename)', ROUNDS, async () => {
    const current = await readConfig(t, candidates, [], o);
    if (current.state !== 'found') throw new Error('no config');
    await writeConfig(
      t,
      { path: current.path, realPath: current.realPath, expectedSha256: current.sha256, content: body, keepBackups: 1 },
      o,
    );
  });

  const sftp = await sftpOf(connection.client);
  await timeIt('sftp: stat + realpath + read', ROUNDS, async () => {
    await p<ssh2.Stats>((cb) => sftp.stat('/root/.wezterm.lua', cb));
    await p<string>((cb) => sftp.realpath('/root/.wezterm.lua', cb));
    await p<Buffer>((cb) => sftp.readFile('/root/.wezterm.lua', cb));
  });
  await timeIt('sftp: read + hash check + temp write + fsync + rename', ROUNDS, async () => {
    const current = await p<Buffer>((cb) => sftp.readFile('/root/.wezterm.lua', cb));
    sha256(current);
    const tmp = '/root/.wezterm.lua.bench-tmp';
    const handle = await p<Buffer>((cb) => sftp.open(tmp, 'w', cb));
    await p<void>((cb) => sftp.write(handle, body, 0, body.length, 0, (err) => cb(err, undefined)));
    await p<void>((cb) => sftp.ext_openssh_fsync(handle, (err) => cb(err, undefined)));
    await p<void>((cb) => sftp.close(handle, (err) => cb(err, undefined)));
    await p<void>((cb) => sftp.ext_openssh_rename(tmp, '/root/.wezterm.lua', (err) => cb(err, undefined)));
  });
  sftp.end();
  await t.close();
  console.log('   (exec also does what sftp cannot in one step: sudo, owner and mode checks, backups, the compare-and-swap)');
}

async function fleetRun(fleet: Fleet, hosts: number): Promise<void> {
  console.log(`\n2. the CLI across ${hosts} test hosts (concurrency 50)`);
  const inv = join(fleet.dir, 'bench.yaml');
  writeFileSync(inv, `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n${fleet.hosts.map((h) => `  - name: ${h.name}\n`).join('')}`);
  const env = { ...process.env, HOME: fleet.clientDir, XDG_STATE_HOME: join(fleet.clientDir, 'state') };
  const run = (args: string[]) => {
    const start = Date.now();
    try {
      execFileSync(process.execPath, [CLI, ...args, '-i', inv, '--json'], { env, stdio: ['ignore', 'ignore', 'ignore'] });
    } catch {
      /* timing only */
    }
    return Date.now() - start;
  };
  for (const [label, args] of [
    ['plan', ['plan']],
    ['apply (writes every host)', ['apply', '--yes']],
    ['apply again (all unchanged)', ['apply', '--yes']],
  ] as const) {
    const ms = run([...args]);
    console.log(`${label.padEnd(58)} ${String(ms).padStart(8)} ms total, ${(ms / hosts).toFixed(1)} ms per host`);
  }
}

const hosts = Number(process.env.BENCH_HOSTS ?? 50);
const fleet = await Fleet.start(
  99,
  Array.from({ length: hosts }, (_, i) => ({ name: `bench${i + 1}`, ramGiB: 64 * (1 + (i % 8)) })),
);
try {
  await transfer(fleet);
  await fleetRun(fleet, hosts);
} finally {
  await fleet.stop();
}
