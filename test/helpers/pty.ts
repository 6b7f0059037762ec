import { spawn } from 'node:child_process';
import { shQuote } from '../../src/core/quote.js';
import { CLI } from './cli.js';

export interface PtyAnswer {
  /** Text in the output that means the program is waiting for this answer. */
  when: RegExp;
  /** The keys to type; a function runs when the prompt appears (to act while the program waits), then gives them. */
  send: string | (() => string);
}

/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`), answering prompts as a person would, once
 * each prompt has appeared. Returns everything the terminal showed, the exit code, and how many answers
 * were never asked for. A run still waiting after 30 s is killed (code null).
 */
export function runCliInPty(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  answers: PtyAnswer[],
  cwd?: string,
): Promise<{ code: number | null; output: string; unanswered: number }> {
  const command = [process.execPath, CLI, ...args].map(shQuote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-f', '-c', command, '/dev/null'], {
      env: { PATH: process.env.PATH, TERM: 'dumb', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(cwd ? { cwd } : {}),
    });
    let output = '';
    let searchFrom = 0;
    const pending = [...answers];
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      output += d;
      const next = pending[0];
      if (next && next.when.test(output.slice(searchFrom))) {
        pending.shift();
        searchFrom = output.length;
        const keys = typeof next.send === 'string' ? next.send : next.send();
        setTimeout(() => child.stdin.write(keys), 50);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, unanswered: pending.length });
    });
  });
}
