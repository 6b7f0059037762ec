/**
 * ssh's SSH_ASKPASS program when wezfleet runs it: hands the prompt (argv) to the wezfleet process
 * that started ssh, over the unix socket in its private folder, and prints the answer for ssh. No
 * answer (no terminal, Ctrl-C): exit 1, which ssh takes as "cancelled".
 */
import { connect } from 'node:net';

const socket = process.env.WEZFLEET_ASKPASS;
if (!socket) process.exit(1);
const conn = connect({ path: socket, allowHalfOpen: true });
const chunks: Buffer[] = [];
conn.on('data', (d: Buffer) => chunks.push(d));
conn.on('error', () => process.exit(1));
conn.on('end', () => {
  const reply = Buffer.concat(chunks).toString('utf8');
  if (!reply.startsWith('=')) process.exit(1);
  process.stdout.write(`${reply.slice(1)}\n`);
});
conn.end(`${process.argv[2] ?? ''}\n`);
