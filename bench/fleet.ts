/**
 * `npm run bench:fleet` (as root): wezfleet against the floor of its own stack and against the tools
 * ops already use, on one test fleet, in one interleaved run. Not a test: it prints a table.
 *
 * Starts BENCH_HOSTS (default 200) real OpenSSH hosts, each with a running mux stand-in, then for
 * BENCH_ROUNDS rounds (default 3) runs every job once, in turn, under /usr/bin/time: the ssh2 floor
 * (bench/floor.ts), wezfleet plan / apply / apply again / status, and, where installed, pssh and an
 * Ansible blockinfile playbook doing the same change. Every host's files are reset from outside
 * between runs, and every host is checked to end with the right profile, so a fast wrong answer
 * cannot win. Prints medians, ratios to the floor of the same run, client CPU per host and peak RSS,
 * then how time and memory grow with the number of hosts, and memory with BENCH_NAMES (default
 * 1,000) inventory names over those hosts.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Fleet } from '../test/fleet/fleet.js';
import { clientEnv, writeInventory } from '../test/helpers/fleet-cli.js';
import { computeProfile } from '../src/profile/compute-profile.js';
import { packageRoot } from '../src/core/assets.js';

const N = Number(process.env.BENCH_HOSTS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BASE = 'local wezterm = require("wezterm")\nlocal config = wezterm.config_builder()\nconfig.font_size = 13\nreturn config\n';
const SETTLE_MS = 1500;
const FLOOR = join(packageRoot(), 'dist', 'bench', 'floor.js');
/** What users run: the package's bin, with the Node flags it passes. */
const BIN = join(packageRoot(), 'bin', 'wezfleet');

interface Sample {
  wall: number;
  cpuMs: number;
  rssKb: number;
  /** CPU the whole machine spent during the run beyond the client's: the hosts' share (sshd, scripts, muxes). */
  hostCpuMs: number;
}

/** Busy CPU time of the whole machine so far, in ms (from /proc/stat). */
function machineBusyMs(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return ((user! + nice! + system! + irq! + softirq! + steal!) * 1000) / 100;
}

interface Job {
  name: string;
  /** Puts every host in the state this job starts from. */
  reset?(): void;
  command(hosts: number): string[];
  /** Throws when a host did not end as it should. */
  check?(): void;
}

/** What a failed wezfleet run said about its hosts (its --json on stdout), for the error. */
function failedHosts(stdout: string): string {
  try {
    const hosts = (JSON.parse(stdout) as { hosts: { host: string; status: string; reason?: string }[] }).hosts;
    const bad = hosts.filter((h) => h.reason);
    return `${bad.length} hosts failed, e.g.:\n${bad
      .slice(0, 5)
      .map((h) => `  ${h.host}: ${h.status}: ${h.reason}`)
      .join('\n')}\n`;
  } catch {
    return '';
  }
}

function timed(argv: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const busy = machineBusyMs();
    const child = spawn('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => {
      const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(err);
      if (code !== 0 || !m) {
        return reject(new Error(`${argv.slice(0, 3).join(' ')} ... exited ${code}:\n${failedHosts(out)}${err.slice(-2000)}`));
      }
      const cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
      resolve({ wall: Number(m[1]), cpuMs, rssKb: Number(m[4]), hostCpuMs: Math.max(0, machineBusyMs() - busy - cpuMs) });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const fleet = await Fleet.start(
    98,
    Array.from({ length: N }, (_, i) => ({ name: `b${i + 1}`, ramGiB: [64, 96, 128, 200, 256, 384, 512][i % 7]! })),
  );
  try {
    const env = { ...process.env, ...clientEnv(fleet, { WEZFLEET_PROGRESS_SECONDS: '3600' }) };
    // An inventory file of these host entries, reached through the fleet's ssh_config.
    const inventory = (file: string, entries: string[]) =>
      writeInventory(fleet, file, `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n${entries.join('')}`);
    const inv = (n: number) =>
      inventory(
        `bench-${n}.yaml`,
        fleet.hosts.slice(0, n).map((h) => `  - name: ${h.name}\n`),
      );
    const floorHosts = (n: number) => {
      const file = join(fleet.dir, `floor-${n}.json`);
      writeFileSync(
        file,
        JSON.stringify({ key: fleet.clientKey, hosts: fleet.hosts.slice(0, n).map((h) => ({ address: h.address, hostKey: h.hostKey })) }),
      );
      return file;
    };
    const configOf = (h: { dir: string }) => join(h.dir, 'root', '.wezterm.lua');
    const resetConfigs = () => {
      for (const h of fleet.hosts) {
        for (const f of readdirSync(join(h.dir, 'root'))) if (f.includes('.wezfleet-backup-')) rmSync(join(h.dir, 'root', f));
        writeFileSync(configOf(h), BASE);
      }
    };
    const expectProfiles = () => {
      for (const h of fleet.hosts) {
        const want = `config.scrollback_lines = ${computeProfile(h.ramGiB).settings.scrollback_lines}`;
        if (!readFileSync(configOf(h), 'utf8').includes(want)) throw new Error(`${h.name}: expected ${want} after apply`);
      }
    };

    // A running mux on every host, so that apply proves each reload.
    await Promise.all(
      fleet.hosts.map(async (h, i) => {
        await new Promise((r) => setTimeout(r, i * 20));
        writeFileSync(configOf(h), BASE);
        fleet.ssh(h.name, 'wezterm-mux-server --daemonize');
      }),
    );

    const wezfleet =
      (...args: string[]) =>
      (n: number) => [BIN, ...args, '-i', inv(n), '--concurrency', String(n), '--connect-timeout', '60', '--json'];
    const jobs: Job[] = [
      {
        name: 'ssh2 + p-map: connect, auth, run `true` (the floor)',
        command: (n) => [process.execPath, FLOOR, 'true', floorHosts(n), String(n)],
      },
      { name: 'ssh2 + p-map: read /proc/meminfo, write a file', command: (n) => [process.execPath, FLOOR, 'rw', floorHosts(n), String(n)] },
      { name: 'wezfleet plan', reset: resetConfigs, command: wezfleet('plan') },
      {
        name: 'wezfleet apply (files changed, reload proven)',
        reset: resetConfigs,
        command: wezfleet('apply', '--yes'),
        check: expectProfiles,
      },
      { name: 'wezfleet apply again (nothing to change)', command: wezfleet('apply', '--yes'), check: expectProfiles },
      { name: 'wezfleet status', command: wezfleet('status') },
      // The same jobs over the system's ssh (--transport openssh), side by side with ssh2's.
      { name: 'wezfleet plan, openssh', reset: resetConfigs, command: wezfleet('plan', '--transport', 'openssh') },
      {
        name: 'wezfleet apply, openssh',
        reset: resetConfigs,
        command: wezfleet('apply', '--yes', '--transport', 'openssh'),
        check: expectProfiles,
      },
      { name: 'wezfleet status, openssh', command: wezfleet('status', '--transport', 'openssh') },
    ];
    // BENCH_BASELINE=DIR: the same wezfleet jobs with another checkout's bin, interleaved in the same
    // rounds, so that "no regression" is measured on one machine at one time, not against old docs.
    const baseline = process.env.BENCH_BASELINE;
    if (baseline) {
      const other = join(baseline, 'bin', 'wezfleet');
      for (const job of jobs.filter((j) => j.name.startsWith('wezfleet') && !j.name.includes('openssh')))
        jobs.push({ ...job, name: `${job.name}, baseline`, command: (n) => [other, ...job.command(n).slice(1)] });
    }
    const hostsFile = join(fleet.dir, 'pssh-hosts');
    writeFileSync(hostsFile, fleet.hosts.map((h) => `${h.name}\n`).join(''));
    if (existsSync('/usr/bin/parallel-ssh')) {
      jobs.push({
        name: 'pssh `true` (OpenSSH)',
        command: (n) => ['/usr/bin/parallel-ssh', '-h', hostsFile, '-p', String(n), '-t', '120', '-x', `-F ${fleet.sshConfig}`, 'true'],
      });
    }
    if (existsSync('/usr/bin/ansible-playbook')) {
      const ansibleInv = join(fleet.dir, 'ansible-hosts.ini');
      writeFileSync(
        ansibleInv,
        `[fleet]\n${fleet.hosts.map((h) => `${h.name} scrollback=${computeProfile(h.ramGiB).settings.scrollback_lines}`).join('\n')}\n[fleet:vars]\nansible_python_interpreter=/usr/bin/python3\nansible_ssh_common_args='-F ${fleet.sshConfig} -o ControlMaster=no'\n`,
      );
      const playbook = join(fleet.dir, 'playbook.yml');
      writeFileSync(
        playbook,
        `- hosts: fleet\n  gather_facts: false\n  tasks:\n    - blockinfile:\n        path: /root/.wezterm.lua\n        marker: "-- {mark} ANSIBLE MANAGED BLOCK"\n        insertbefore: "^return config"\n        block: "config.scrollback_lines = {{ scrollback }}"\n`,
      );
      jobs.push({
        name: `Ansible blockinfile, gather_facts off, forks ${N}`,
        reset: resetConfigs,
        command: (n) => ['/usr/bin/ansible-playbook', '-i', ansibleInv, '-f', String(n), playbook],
        check: expectProfiles,
      });
    }
    // BENCH_ONLY=regex keeps the floor and the jobs it matches (for quick looks; the README's table runs all).
    if (process.env.BENCH_ONLY) {
      const only = new RegExp(process.env.BENCH_ONLY);
      jobs.splice(0, jobs.length, ...jobs.filter((j, i) => i === 0 || only.test(j.name)));
    }
    const ansibleEnv = {
      ...env,
      ANSIBLE_PIPELINING: 'True',
      ANSIBLE_HOST_KEY_CHECKING: 'True',
      ANSIBLE_LOCAL_TEMP: join(fleet.dir, 'ansible-tmp'),
    };

    const samples = new Map<string, Sample[]>(jobs.map((j) => [j.name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const job of jobs) {
        job.reset?.();
        // Every job starts on a quiet machine: the muxes reload reset files 200 ms after they change,
        // and the job before may leave work behind (the kernel writing back what apply synced,
        // Ansible's Pythons exiting). Without the pause, the next job is charged for it.
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        const s = await timed(job.command(N), job.name.startsWith('Ansible') ? ansibleEnv : env);
        job.check?.();
        samples.get(job.name)!.push(s);
        process.stderr.write(`round ${round}: ${job.name}: ${s.wall.toFixed(2)} s\n`);
      }
    }

    // The floor moves from round to round with the machine (by a fifth here): each job is divided by
    // the floor of its own round, and the table shows the median of those ratios and their range.
    const floors = samples.get(jobs[0]!.name)!.map((s) => s.wall);
    const lines = [
      `| job, ${N} hosts | wall s | x floor | x floor, range | client CPU ms/host | client RSS MB | host CPU ms/host |`,
      '|:--|--:|--:|--:|--:|--:|--:|',
      ...jobs.map((j) => {
        const s = samples.get(j.name)!;
        const ratios = s.map((x, round) => x.wall / floors[round]!);
        const range = `${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}`;
        return `| ${j.name} | ${median(s.map((x) => x.wall)).toFixed(2)} | ${median(ratios).toFixed(2)} | ${range} | ${(median(s.map((x) => x.cpuMs)) / N).toFixed(1)} | ${Math.round(median(s.map((x) => x.rssKb)) / 1024)} | ${(median(s.map((x) => x.hostCpuMs)) / N).toFixed(1)} |`;
      }),
    ];

    const ansible = jobs.find((j) => j.name.startsWith('Ansible'));
    const apply = samples.get('wezfleet apply (files changed, reload proven)');
    if (ansible && apply) {
      const r = samples.get(ansible.name)!.map((x, round) => x.wall / apply[round]!.wall);
      lines.push(
        '',
        `Ansible takes ${median(r).toFixed(1)} times as long as wezfleet apply (per round: ${r.map((x) => x.toFixed(1)).join(', ')}).`,
      );
    }

    // Growth: the floor, plan and status at a quarter, a half and all of the fleet.
    const sizes = process.env.BENCH_GROWTH === '0' ? [] : [Math.ceil(N / 4), Math.ceil(N / 2), N];
    const growth = ['', `| hosts | floor s | plan s | plan RSS MB | status s | status RSS MB |`, '|--:|--:|--:|--:|--:|--:|'];
    for (const n of sizes) {
      const f = await timed(jobs[0]!.command(n), env);
      const p = await timed(wezfleet('plan')(n), env);
      const st = await timed(wezfleet('status')(n), env);
      growth.push(
        `| ${n} | ${f.wall.toFixed(2)} | ${p.wall.toFixed(2)} | ${Math.round(p.rssKb / 1024)} | ${st.wall.toFixed(2)} | ${Math.round(st.rssKb / 1024)} |`,
      );
    }
    // Memory at a fleet larger than this machine can start: BENCH_NAMES inventory names (default
    // 1,000) taking turns over the N hosts, at the default concurrency, as an operator runs it.
    const names = Number(process.env.BENCH_NAMES ?? 1000);
    const many = [
      '',
      `| inventory names (over ${N} hosts) | concurrency | plan s | plan RSS MB | status s | status RSS MB |`,
      '|--:|--:|--:|--:|--:|--:|',
    ];
    if (names > 0) {
      const file = inventory(
        `names-${names}.yaml`,
        Array.from({ length: names }, (_, i) => `  - name: n${i + 1}\n    host: ${fleet.hosts[i % N]!.name}\n`),
      );
      const run = (job: string) => timed([BIN, job, '-i', file, '--connect-timeout', '60', '--json'], env);
      const p = await run('plan');
      const st = await run('status');
      many.push(
        `| ${names} | 50 (default) | ${p.wall.toFixed(2)} | ${Math.round(p.rssKb / 1024)} | ${st.wall.toFixed(2)} | ${Math.round(st.rssKb / 1024)} |`,
      );
    }
    const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, medians of ${ROUNDS} interleaved rounds`;
    process.stdout.write(`${machine}\n\n${lines.join('\n')}\n${growth.join('\n')}\n${names > 0 ? `${many.join('\n')}\n` : ''}`);
  } finally {
    await fleet.stop();
  }
}

if (execFileSync('id', ['-u']).toString().trim() !== '0') {
  console.error('bench:fleet needs root (it starts test hosts in namespaces)');
  process.exit(2);
}
await main();
