/**
 * A fleet of real OpenSSH hosts on this machine, for end-to-end tests. Each host is one Debian sshd on
 * its own loopback address (127.77.F.N, port 22) inside its own mount, PID, UTS and IPC namespaces, with
 * its own homes, /etc identity, host key, /run, /tmp, ptys, /proc/meminfo and sysfs memory blocks.
 * Hosts are ended only by the PIDs recorded when they were started (start time checked first).
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { packageRoot } from '../../src/core/assets.js';
import { buildTestBinaries } from './build-binaries.js';
import { prepareStandins } from './standins.js';

export interface FleetHostSpec {
  name: string;
  /** Installed RAM, GiB. */
  ramGiB: number;
  /** Without sysfs memory blocks, so only /proc/meminfo tells the RAM (lsmem fails too). */
  noSysfs?: boolean;
  /** Shell commands run as root inside the host's namespaces when it starts (e.g. to hide a program). */
  setup?: string;
}

export interface FleetHost extends FleetHostSpec {
  address: string;
  dir: string;
  /** The host's ed25519 public key line ("ssh-ed25519 AAAA..."). */
  hostKey: string;
  initPid?: number;
  unsharePid?: number;
}

export const SUDO_PASSWORD = 'fleet-sudo-\u00e9-pass';
export const AGENT_UID = 4242;
export const OPS_UID = 4243;

const SRC = join(packageRoot(), 'test', 'fleet');

function sh(cmd: string, args: string[], input?: string): string {
  return execFileSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

function startTime(pid: number): string | undefined {
  try {
    // Field 22 of /proc/PID/stat, after the parenthesised command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function waitForPort(address: string, deadlineMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const attempt = () => {
      const sock = connect({ host: address, port: 22 });
      sock.once('connect', () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadlineMs) resolve(false);
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

function meminfoFor(ramGiB: number): string {
  // Real kernels show MemTotal about 2% below the installed size.
  const totalKb = Math.round(ramGiB * 1024 * 1024 * 0.979);
  return readFileSync('/proc/meminfo', 'utf8')
    .replace(/^MemTotal:\s+\d+ kB$/m, `MemTotal:       ${totalKb} kB`)
    .replace(/^MemFree:\s+\d+ kB$/m, `MemFree:        ${Math.round(totalKb * 0.8)} kB`)
    .replace(/^MemAvailable:\s+\d+ kB$/m, `MemAvailable:   ${Math.round(totalKb * 0.9)} kB`);
}

/** /sys/devices/system/memory as lsmem reads it, in 2 GiB blocks. */
function writeSysMemory(dir: string, ramGiB: number): void {
  mkdirSync(dir);
  writeFileSync(join(dir, 'block_size_bytes'), '80000000\n');
  writeFileSync(join(dir, 'auto_online_blocks'), 'online\n');
  for (let i = 0; i < Math.ceil(ramGiB / 2); i++) {
    const block = join(dir, `memory${i}`);
    mkdirSync(join(block, 'node0'), { recursive: true });
    writeFileSync(join(block, 'state'), 'online\n');
    writeFileSync(join(block, 'online'), '1\n');
    writeFileSync(join(block, 'removable'), '0\n');
    writeFileSync(join(block, 'valid_zones'), 'Normal\n');
    writeFileSync(join(block, 'phys_index'), `${i.toString(16).padStart(8, '0')}\n`);
    writeFileSync(join(block, 'phys_device'), '0\n');
  }
}

function sshdConfig(address: string): string {
  return `ListenAddress ${address}:22
HostKey /etc/ssh/ssh_host_ed25519_key
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
AuthorizedKeysFile .ssh/authorized_keys
PidFile /run/sshd.pid
MaxStartups 200:30:400
LogLevel VERBOSE
Subsystem sftp internal-sftp
Match User root
  SetEnv XDG_RUNTIME_DIR=/run/user/0
Match User agent
  SetEnv XDG_RUNTIME_DIR=/run/user/${AGENT_UID}
Match User ops
  SetEnv XDG_RUNTIME_DIR=/run/user/${OPS_UID}
`;
}

export class Fleet {
  readonly hosts: FleetHost[] = [];
  readonly clientDir: string;
  readonly clientKey: string;
  readonly knownHosts: string;
  readonly sshConfig: string;

  /** A directory with the WezTerm stand-ins and fake agents, bind-mounted over each host's /usr/local/bin. */
  standins?: string;

  private constructor(
    readonly dir: string,
    readonly fleetId: number,
  ) {
    this.clientDir = join(dir, 'client');
    this.clientKey = join(this.clientDir, 'id_ed25519');
    this.knownHosts = join(this.clientDir, 'known_hosts');
    this.sshConfig = join(this.clientDir, 'ssh_config');
  }

  /** Starts every host; `fleetId` (1..254) keeps fleets of different test files on different addresses. */
  static async start(fleetId: number, specs: FleetHostSpec[]): Promise<Fleet> {
    const bins = buildTestBinaries();
    const fleet = new Fleet(mkdtempSync('/var/tmp/wezfleet-fleet-'), fleetId);
    process.once('exit', () => fleet.stopSync());
    fleet.standins = prepareStandins(join(fleet.dir, 'standins'), bins);
    mkdirSync(fleet.clientDir, { mode: 0o700 });
    sh('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'wezfleet-test-client', '-f', fleet.clientKey]);
    const clientPub = readFileSync(`${fleet.clientKey}.pub`, 'utf8');
    const opsHash = sh('openssl', ['passwd', '-6', '-stdin'], SUDO_PASSWORD).trim();
    specs.forEach((spec, i) => fleet.hosts.push(fleet.prepareHost(spec, i + 1, clientPub, opsHash)));
    writeFileSync(fleet.knownHosts, fleet.hosts.map((h) => `${h.address} ${h.hostKey}\n`).join(''));
    writeFileSync(fleet.sshConfig, fleet.clientConfig(fleet.knownHosts));
    await Promise.all(fleet.hosts.map((h) => fleet.launch(h, bins.init!)));
    return fleet;
  }

  host(name: string): FleetHost {
    const h = this.hosts.find((x) => x.name === name);
    if (!h) throw new Error(`no test host ${name}`);
    return h;
  }

  /** An ssh_config for the test client; `knownHosts` lets a test start from a partial or wrong file. */
  clientConfig(knownHosts: string, extra = ''): string {
    return `Host *
  User root
  IdentityFile ${this.clientKey}
  IdentitiesOnly yes
  UserKnownHostsFile ${knownHosts}
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
  ConnectTimeout 5
  LogLevel ERROR
${extra}${this.hosts.map((h) => `Host ${h.name}\n  HostName ${h.address}\n`).join('')}`;
  }

  private prepareHost(spec: FleetHostSpec, n: number, clientPub: string, opsHash: string): FleetHost {
    const dir = join(this.dir, spec.name);
    // 254 hosts per /24; a benchmark's larger fleets go on to 127.78.F.N, 127.79.F.N, ...
    const address = `127.${77 + Math.floor((n - 1) / 254)}.${this.fleetId}.${((n - 1) % 254) + 1}`;
    for (const d of ['root/.ssh', 'home/agent/.ssh', 'home/ops/.ssh', 'etc-ssh', 'etc', 'sudoers.d', 'var-log', 'tmp']) {
      mkdirSync(join(dir, d), { recursive: true });
    }
    chmodSync(join(dir, 'tmp'), 0o1777);
    for (const [home, uid] of [
      ['root', 0],
      ['home/agent', AGENT_UID],
      ['home/ops', OPS_UID],
    ] as const) {
      writeFileSync(join(dir, home, '.ssh', 'authorized_keys'), clientPub);
      chownSync(join(dir, home), uid, uid);
      chownSync(join(dir, home, '.ssh'), uid, uid);
      chownSync(join(dir, home, '.ssh', 'authorized_keys'), uid, uid);
    }
    chmodSync(join(dir, 'root'), 0o700);

    const etc = (f: string) => readFileSync(`/etc/${f}`, 'utf8').replace(/\n?$/, '\n');
    writeFileSync(
      join(dir, 'etc/passwd'),
      etc('passwd') + `agent:x:${AGENT_UID}:${AGENT_UID}::/home/agent:/bin/sh\nops:x:${OPS_UID}:${OPS_UID}::/home/ops:/bin/sh\n`,
    );
    writeFileSync(join(dir, 'etc/group'), etc('group') + `agent:x:${AGENT_UID}:\nops:x:${OPS_UID}:\n`);
    writeFileSync(join(dir, 'etc/shadow'), etc('shadow') + `agent:*:19000:0:99999:7:::\nops:${opsHash}:19000:0:99999:7:::\n`, {
      mode: 0o640,
    });
    writeFileSync(join(dir, 'etc/gshadow'), (existsSync('/etc/gshadow') ? etc('gshadow') : '') + 'agent:!::\nops:!::\n', { mode: 0o640 });
    writeFileSync(join(dir, 'etc/hostname'), `${spec.name}\n`);
    writeFileSync(join(dir, 'etc/hosts'), `127.0.0.1 localhost\n${address} ${spec.name}\n`);
    writeFileSync(
      join(dir, 'sudoers.d/wezfleet-test'),
      'agent ALL=(ALL:ALL) NOPASSWD: ALL\nops ALL=(ALL:ALL) ALL\nDefaults:ops lecture=never\n',
      { mode: 0o440 },
    );

    sh('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', spec.name, '-f', join(dir, 'etc-ssh/ssh_host_ed25519_key')]);
    writeFileSync(join(dir, 'etc-ssh/sshd_config'), sshdConfig(address));
    writeFileSync(join(dir, 'meminfo'), meminfoFor(spec.ramGiB));
    if (!spec.noSysfs) writeSysMemory(join(dir, 'sysmem'), spec.ramGiB);
    copyFileSync(join(SRC, 'host-setup.sh'), join(dir, 'host-setup.sh'));
    if (spec.setup) writeFileSync(join(dir, 'extra-setup.sh'), `#!/bin/sh\nset -e\n${spec.setup}\n`, { mode: 0o755 });
    if (this.standins) {
      // What a real install puts in /usr/local/bin: the WezTerm stand-ins and the agents.
      cpSync(this.standins, join(dir, 'usr-local-bin'), { recursive: true });
      chmodSync(join(dir, 'usr-local-bin'), 0o755);
    }
    const hostKey = readFileSync(join(dir, 'etc-ssh/ssh_host_ed25519_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
    return { ...spec, address, dir, hostKey };
  }

  private async launch(h: FleetHost, init: string): Promise<void> {
    const child = spawn(
      'unshare',
      [
        '--pid',
        '--fork',
        '--mount',
        '--uts',
        '--ipc',
        '--mount-proc',
        '--propagation',
        'private',
        '--kill-child=SIGKILL',
        init,
        '/bin/sh',
        join(h.dir, 'host-setup.sh'),
        h.dir,
        h.name,
      ],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.unref();
    h.unsharePid = child.pid!;
    for (let i = 0; i < 100 && h.initPid === undefined; i++) {
      const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim();
      if (children) h.initPid = Number(children.split(' ')[0]);
      else await sleep(20);
    }
    writeFileSync(join(h.dir, 'pids'), `${h.unsharePid} ${startTime(h.unsharePid)}\n${h.initPid} ${startTime(h.initPid!)}\n`);
    if (!(await waitForPort(h.address, Date.now() + 15_000))) {
      const log = existsSync(join(h.dir, 'sshd.log')) ? readFileSync(join(h.dir, 'sshd.log'), 'utf8') : '';
      throw new Error(`test host ${h.name} (${h.address}:22) did not come up: ${stderr}${log}`);
    }
  }

  /** Ends one host by the PIDs recorded at its start, if they still belong to it. */
  stopHost(name: string): void {
    const h = this.host(name);
    const pids = existsSync(join(h.dir, 'pids')) ? readFileSync(join(h.dir, 'pids'), 'utf8').trim().split('\n') : [];
    for (const line of pids.reverse()) {
      const [pid, started] = line.split(' ');
      if (pid && started && startTime(Number(pid)) === started) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    rmSync(join(h.dir, 'pids'), { force: true });
  }

  stopSync(): void {
    for (const h of this.hosts) this.stopHost(h.name);
  }

  async stop(): Promise<void> {
    this.stopSync();
    await sleep(100);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Runs a command on a host over plain OpenSSH, as the tests' independent witness. */
  ssh(name: string, command: string, o: { user?: string; input?: string } = {}): string {
    const args = ['-F', this.sshConfig, ...(o.user ? ['-l', o.user] : []), name, command];
    return execFileSync('ssh', args, { encoding: 'utf8', input: o.input ?? '', stdio: ['pipe', 'pipe', 'pipe'] });
  }
}
