import { setMaxListeners } from 'node:events';

/**
 * SIGINT (Ctrl-C) and SIGTERM, handled alike for the whole life of the process, the report included.
 * The first stops starting hosts and cancels running commands (a change already sent finishes, so
 * that the report can say what happened), then the report is written whole and the exit code says
 * the run was interrupted: 130 for SIGINT, 143 for SIGTERM. The second quits at once, saying that
 * the report was abandoned.
 */
export interface Interrupt {
  readonly signal: AbortSignal;
  /** 130 or 143 once a signal came, the exit code the run then ends with. */
  readonly exitCode: number | undefined;
  /** The signal only ended a wait it was the way to end (`status --watch` between rounds): nothing was cut. */
  endedWait(): void;
}

const SIGNALS = { SIGINT: { name: 'Ctrl-C', code: 130 }, SIGTERM: { name: 'SIGTERM', code: 143 } } as const;

let installed: Interrupt | undefined;

/** The process's one interrupt, installed at its first use (main does so before anything runs). */
export function processInterrupt(): Interrupt {
  if (installed) return installed;
  const controller = new AbortController();
  // Every running command listens to it: hundreds of hosts are expected, not a leak.
  setMaxListeners(0, controller.signal);
  let exitCode: number | undefined;
  for (const [sig, { name, code }] of Object.entries(SIGNALS)) {
    process.on(sig, () => {
      if (exitCode !== undefined) {
        process.stderr.write(
          `\nwezfleet: ${name} again: quitting at once; the report is abandoned (see each host with \`wezfleet status\`)\n`,
        );
        process.exit(exitCode);
      }
      exitCode = code;
      process.stderr.write(
        `\nwezfleet: stopping on ${name}: no new host starts, running commands end (a change already sent finishes first); the report follows (${name} again to quit at once)\n`,
      );
      controller.abort();
    });
  }
  installed = {
    signal: controller.signal,
    get exitCode() {
      return exitCode;
    },
    endedWait: () => (exitCode = undefined),
  };
  return installed;
}
