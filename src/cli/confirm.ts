import { UsageError } from '../core/errors.js';

/** Prompts only where a person can answer: stdin and stderr both terminals. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

/**
 * Asks before a command changes hosts. With --yes nothing is asked; without a terminal and without
 * --yes the command refuses (exit 2) rather than guess.
 */
export async function confirmChange(message: string, o: { yes: boolean; what: string }): Promise<boolean> {
  if (o.yes) return true;
  if (!canPrompt()) {
    throw new UsageError(
      `${o.what} changes hosts and there is no terminal to ask on: pass --yes to go ahead (see what would change with \`wezfleet plan\`)`,
    );
  }
  try {
    // Loaded only when a person is asked: most runs never are, and it is slow to load.
    const { default: confirm } = await import('@inquirer/confirm');
    return await confirm({ message, default: false }, { output: process.stderr });
  } catch {
    return false; // Ctrl-C at the prompt
  }
}
