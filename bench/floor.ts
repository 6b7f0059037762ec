/**
 * The floor wezfleet is measured against: what ssh2 + p-map alone cost for one fleet-wide job, with
 * the same host-key check and the same algorithms. Run by bench/fleet.ts under /usr/bin/time.
 * Usage: node dist/bench/floor.js true|rw HOSTS_JSON CONCURRENCY
 *   true: connect, authenticate, run `true`;
 *   rw:   connect, authenticate, read /proc/meminfo, write a file with `cat > tmp && mv`.
 */
import { readFileSync } from 'node:fs';
import pMap from 'p-map';
import ssh2 from 'ssh2';

interface FloorHost {
  address: string;
  hostKey: string;
}

const [mode, hostsFile, concurrency] = process.argv.slice(2) as [string, string, string];
const { hosts, key }: { hosts: FloorHost[]; key: string } = JSON.parse(readFileSync(hostsFile, 'utf8'));
const privateKey = readFileSync(key);

function run(client: ssh2.Client, command: string, stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    client.exec(command, (err, ch) => {
      if (err) return reject(err);
      let out = '';
      ch.on('data', (d: Buffer) => (out += d.toString()));
      ch.stderr.resume();
      ch.on('close', (code: number) => (code === 0 ? resolve(out) : reject(new Error(`${command}: exit ${code}`))));
      ch.end(stdin);
    });
  });
}

async function job(h: FloorHost): Promise<void> {
  const client = new ssh2.Client();
  await new Promise<void>((resolve, reject) => {
    client.on('ready', resolve).on('error', reject);
    client.connect({
      host: h.address,
      port: 22,
      username: 'root',
      privateKey,
      readyTimeout: 30_000,
      hostVerifier: (key: Buffer) => key.toString('base64') === h.hostKey.split(' ')[1],
    });
  });
  try {
    if (mode === 'true') await run(client, 'true');
    else {
      const meminfo = await run(client, 'cat /proc/meminfo');
      await run(client, 'cat > /tmp/.floor.tmp && mv /tmp/.floor.tmp /tmp/floor', meminfo.slice(0, 64));
    }
  } finally {
    client.end();
  }
}

let failed = 0;
await pMap(hosts, (h) => job(h).catch(() => void failed++), { concurrency: Number(concurrency) });
if (failed) {
  process.stderr.write(`${failed} hosts failed\n`);
  process.exit(1);
}
