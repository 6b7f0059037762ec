/**
 * The fault suite's fleet: test hosts, each with a running mux stand-in and a config of a different
 * shape, reached through a cutting proxy of its own, so that a trial can cut any host's connection at
 * a chosen byte or moment, signal the CLI at a chosen moment, or run two commands at once. After each
 * trial, `check` compares every host's file with the report, the audit log, the backups and the mux,
 * and `converge` runs the command again without faults.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sha256 } from '../../src/remote/read-config.js';
import * as C from '../fixtures/configs.js';
import { Fleet } from '../fleet/fleet.js';
import { CLI } from '../helpers/cli.js';
import { startCuttingProxy, type CuttingProxy } from '../helpers/cutting-proxy.js';
import { clientEnv, writeInventory } from '../helpers/fleet-cli.js';

/** A config of each shape wezfleet meets, and none at all (apply creates one). */
const SHAPES: (string | undefined)[] = [
  C.BUILDER,
  C.TABLE_LITERAL,
  C.USER_SCROLLBACK,
  undefined,
  C.REFERENCE_SCRIPT,
  C.CRLF_NO_TRAILING_NEWLINE,
];
const FILE = '/root/.wezterm.lua';
const RT = '/run/user/0/wezterm';
const TEMP = /\.wezfleet(-backup)?-\d+-[0-9a-f]*\d$/;

export interface FaultHost {
  name: string;
  original: string | undefined;
  proxy: CuttingProxy;
  muxPid: number;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  json?: { hosts: { host: string; status: string; reason?: string; detail?: { reload?: { state: string } } }[] };
}

/** What a host holds after a trial, read over plain OpenSSH. */
interface HostState {
  sha?: string;
  backups: { name: string; sha: string }[];
  temps: string[];
  muxAlive: boolean;
}

export class FaultFleet {
  private auditOffset = 0;

  private constructor(
    readonly fleet: Fleet,
    readonly hosts: FaultHost[],
    readonly inventory: string,
  ) {}

  static async start(fleetId: number, count = SHAPES.length): Promise<FaultFleet> {
    const fleet = await Fleet.start(
      fleetId,
      Array.from({ length: count }, (_, i) => ({ name: `f${i}`, ramGiB: [64, 128, 200, 256][i % 4]! })),
    );
    const hosts: FaultHost[] = [];
    const known: string[] = [];
    const entries: string[] = [];
    for (const [i, h] of fleet.hosts.entries()) {
      const listen = `127.88.${fleetId}.${i + 1}`;
      const proxy = await startCuttingProxy(listen, { host: h.address, port: 22 });
      known.push(`[${listen}]:${proxy.port} ${h.hostKey}`);
      entries.push(`  - name: ${h.name}\n    host: ${listen}\n    port: ${proxy.port}\n`);
      hosts.push({ name: h.name, original: SHAPES[i % SHAPES.length], proxy, muxPid: 0 });
    }
    writeFileSync(fleet.knownHosts, `${readFileSync(fleet.knownHosts, 'utf8')}${known.join('\n')}\n`);
    const inventory = writeInventory(fleet, 'faults.yaml', `defaults:\n  ssh_config: ${fleet.sshConfig}\nhosts:\n${entries.join('')}`);
    const ff = new FaultFleet(fleet, hosts, inventory);
    await ff.reset();
    for (const h of hosts) {
      fleet.ssh(h.name, `wezterm-mux-server --daemonize && for i in $(seq 50); do [ -S ${RT}/sock ] && exit 0; sleep 0.1; done`);
      h.muxPid = Number(fleet.ssh(h.name, `cat ${RT}/pid`).trim());
    }
    return ff;
  }

  async stop(): Promise<void> {
    for (const h of this.hosts) await h.proxy.close();
    await this.fleet.stop();
  }

  /** A command on a host over plain OpenSSH, hosts in parallel (Fleet.ssh is one at a time). */
  ssh(name: string, command: string, input = ''): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn('ssh', ['-F', this.fleet.sshConfig, name, command], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`ssh ${name} ${command}: exit ${code}: ${err}`))));
      child.stdin.end(input);
    });
  }

  /** Every host back to its original config, with no backups; the audit log read from here on. */
  async reset(): Promise<void> {
    await Promise.all(
      this.hosts.map((h) => {
        h.proxy.cutAfter(undefined);
        return h.original === undefined
          ? this.ssh(h.name, `rm -f ${FILE} ${FILE}.wezfleet-backup-*`)
          : this.ssh(h.name, `rm -f ${FILE}.wezfleet-backup-* && cat > ${FILE}.new && mv ${FILE}.new ${FILE}`, h.original);
      }),
    );
    this.markAudit();
  }

  /** The audit log is read from here on (auditSince). */
  markAudit(): void {
    this.auditOffset = existsSync(this.auditFile) ? readFileSync(this.auditFile).length : 0;
  }

  get auditFile(): string {
    return join(clientEnv(this.fleet).XDG_STATE_HOME!, 'wezfleet', 'audit.log');
  }

  /** Audit lines written since the last reset, by host. */
  auditSince(): Map<string, { action: string; outcome?: string }[]> {
    const by = new Map<string, { action: string; outcome?: string }[]>();
    if (!existsSync(this.auditFile)) return by;
    const text = readFileSync(this.auditFile).subarray(this.auditOffset).toString('utf8');
    for (const line of text.split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { audit?: boolean; host: string; action: string; outcome?: string };
      if (entry.audit) by.set(entry.host, [...(by.get(entry.host) ?? []), entry]);
    }
    return by;
  }

  /**
   * The CLI, with `at` (ms after it started) to send it a signal. Its output in full, its JSON parsed
   * where it is whole (a report cut short is a violation the caller sees as `json` undefined).
   */
  async run(args: string[], o: { signal?: { at: number; sig: NodeJS.Signals } } = {}): Promise<RunResult> {
    const child = spawn(process.execPath, [CLI, ...args, '-i', this.inventory, '--json', '--retries', '0'], {
      env: { PATH: process.env.PATH, ...clientEnv(this.fleet) },
      cwd: this.fleet.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    if (o.signal) {
      const { at, sig } = o.signal;
      setTimeout(() => child.exitCode === null && child.kill(sig), at);
    }
    const code = await closed;
    let json: RunResult['json'];
    try {
      json = JSON.parse(stdout) as RunResult['json'];
    } catch {
      json = undefined;
    }
    return { code, stdout, stderr, ...(json ? { json } : {}) };
  }

  /** Each host's file, backups, temp files and mux, read over plain OpenSSH. */
  async state(): Promise<Map<string, HostState>> {
    const out = new Map<string, HostState>();
    const listings = await Promise.all(this.hosts.map((h) => this.listing(h)));
    for (const [i, h] of this.hosts.entries()) {
      const listing = listings[i]!;
      const [sums = '', files = '', mux = ''] = listing.split('--\n');
      const lines = sums
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/\s+/) as [string, string]);
      const file = lines.find(([, n]) => n === '.wezterm.lua');
      const state: HostState = {
        backups: lines.filter(([, n]) => n !== '.wezterm.lua').map(([sha, name]) => ({ name, sha })),
        temps: files.split('\n').filter((f) => TEMP.test(f)),
        muxAlive: mux.includes('alive'),
      };
      if (file) state.sha = file[0];
      out.set(h.name, state);
    }
    return out;
  }

  private async listing(h: FaultHost): Promise<string> {
    // The host's shell may still be ending a cut write's cleanup: give it a moment to finish.
    let listing = '';
    for (let i = 0; i < 30; i++) {
      listing = await this.ssh(
        h.name,
        `cd /root; sha256sum .wezterm.lua .wezterm.lua.wezfleet-backup-* 2>/dev/null; echo --; ls -a; echo --; kill -0 ${h.muxPid} 2>/dev/null && echo alive; true`,
      );
      if (!listing.split('\n').some((f) => TEMP.test(f))) break;
      await sleep(100);
    }
    return listing;
  }

  /** The planned content's hash for each host (`plan --json`, no faults), for `args`' profile. */
  async planned(args: string[]): Promise<Map<string, { before?: string; after: string }>> {
    const r = await this.run(['plan', ...args]);
    if (!r.json) throw new Error(`plan failed: ${r.stderr}`);
    return new Map(
      r.json.hosts.map((h) => {
        const sha = (h.detail as unknown as { sha256: { before?: string; after: string } }).sha256;
        return [h.host, sha];
      }),
    );
  }

  /**
   * The invariants after a write that may have been cut: each file is the old or the new one, whole,
   * and the report, the audit log and the backups say which; no temp file; the mux runs on.
   */
  async checkWrite(
    r: RunResult,
    action: 'apply' | 'restore',
    expected: Map<string, { before?: string; after?: string }>,
    o: { exitCodes: number[] },
  ): Promise<string[]> {
    const violations: string[] = [];
    if (!o.exitCodes.includes(r.code ?? -1))
      violations.push(`exit ${r.code}, expected ${o.exitCodes.join(' or ')}: ${r.stderr.slice(-300)}`);
    if (!r.json) violations.push(`the report is not whole JSON (${r.stdout.length} bytes)`);
    const states = await this.state();
    const audit = this.auditSince();
    for (const h of this.hosts) {
      const s = states.get(h.name)!;
      const e = expected.get(h.name)!;
      const status = r.json?.hosts.find((x) => x.host === h.name)?.status ?? 'missing';
      const is = s.sha === e.after ? 'new' : s.sha === e.before ? 'old' : 'neither';
      const where = `${h.name} (${status}, file ${is})`;
      if (is === 'neither') violations.push(`${where}: the file is neither the old one nor the new one`);
      if (status === 'changed' && is !== 'new') violations.push(`${where}: reported changed, but the file is not the new one`);
      if (['skipped', 'failed', 'unreachable', 'refused'].includes(status) && is !== 'old') {
        violations.push(`${where}: reported ${status}, but the file changed`);
      }
      if (status === 'missing' && r.json) violations.push(`${where}: not in the report`);
      const lines = audit.get(h.name) ?? [];
      const mine = lines.filter((l) => l.action === action);
      if (status === 'changed' && !(mine.length === 1 && !mine[0]!.outcome)) {
        violations.push(`${where}: ${mine.length} audit lines for a changed host`);
      }
      if (status === 'unknown' && !(mine.length === 1 && mine[0]!.outcome === 'unknown')) {
        violations.push(`${where}: ${mine.length} audit lines, none 'unknown', for an unknown host`);
      }
      if (!['changed', 'unknown'].includes(status) && mine.length) violations.push(`${where}: audited though not changed`);
      if (is === 'new' && action === 'apply') {
        const whole = s.backups.filter((b) => b.sha === (e.before ?? sha256('')));
        if (whole.length !== 1) violations.push(`${where}: ${whole.length} backups hold the old file`);
      }
      if (is === 'old' && action === 'apply' && s.backups.length)
        violations.push(`${where}: a backup was left by a write that did not happen`);
      if (s.temps.length) violations.push(`${where}: temp files left: ${s.temps.join(', ')}`);
      if (!s.muxAlive) violations.push(`${where}: the mux (pid ${h.muxPid}) is gone`);
    }
    return violations;
  }

  /** Without faults, the same command brings every host to `expected`. */
  async converge(args: string[], expected: Map<string, { after?: string }>): Promise<string[]> {
    for (const h of this.hosts) h.proxy.cutAfter(undefined);
    const r = await this.run(args);
    const violations: string[] = [];
    if (r.code !== 0) violations.push(`the rerun exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
    const states = await this.state();
    for (const h of this.hosts) {
      if (states.get(h.name)!.sha !== expected.get(h.name)!.after) violations.push(`${h.name}: the rerun did not converge`);
    }
    return violations;
  }
}
