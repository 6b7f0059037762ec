import type { SecretPrompt } from '../ssh/credentials.js';
import { canPrompt } from './confirm.js';

/**
 * Secret prompts on stderr, one at a time however many hosts ask at once; undefined without a
 * terminal. Answers are never echoed, logged or stored.
 */
/** How many prompts are on screen; progress output waits while one is. */
export const prompting = { active: 0 };

export function makeSecretPrompt(): SecretPrompt {
  let queue: Promise<unknown> = Promise.resolve();
  return (message) => {
    const answer = queue.then(async () => {
      if (!canPrompt()) return undefined;
      prompting.active++;
      process.stderr.write('\r\x1b[2K');
      try {
        const { default: password } = await import('@inquirer/password');
        return await password({ message, mask: '*' }, { output: process.stderr });
      } catch {
        return undefined; // Ctrl-C at the prompt
      } finally {
        prompting.active--;
      }
    });
    queue = answer.catch(() => undefined);
    return answer;
  };
}
