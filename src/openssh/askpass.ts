import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../core/assets.js';
import { shQuote } from '../core/quote.js';
import type { SecretPrompt } from '../ssh/credentials.js';

export interface Askpass {
  /** For the ssh that may ask: SSH_ASKPASS forced, and where to find wezfleet. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/**
 * Lets ssh ask for a password, a key passphrase or a keyboard-interactive answer through wezfleet's
 * own prompt (one prompt at a time on the terminal, whatever the number of hosts). ssh runs the
 * small program in `dir`, which passes the question over a unix socket in that 0700 folder: the
 * answer is never in argv, a file, the environment or a log.
 */
export async function startAskpass(dir: string, host: string, prompt: SecretPrompt): Promise<Askpass> {
  const socket = join(dir, 'a');
  const program = join(dir, 'askpass');
  const client = join(packageRoot(), 'dist', 'src', 'openssh', 'askpass-client.js');
  await writeFile(program, `#!/bin/sh\nexec ${shQuote(process.execPath)} ${shQuote(client)} "$@"\n`, { mode: 0o700 });
  // Half-open: the question ends the client's side, the answer comes after the person typed it.
  const server = createServer({ allowHalfOpen: true }, (conn) => {
    let question = '';
    conn.setEncoding('utf8').on('data', (d: string) => (question += d));
    conn.on('error', () => undefined);
    conn.on('end', () => {
      void prompt(`${host}: ${question.trim()}`).then(
        (answer) => conn.end(answer === undefined ? '' : `=${answer}`),
        () => conn.end(''),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  server.unref();
  return {
    env: { ...process.env, SSH_ASKPASS: program, SSH_ASKPASS_REQUIRE: 'force', WEZFLEET_ASKPASS: socket },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
