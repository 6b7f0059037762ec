import type { Command } from 'commander';
import { setTimeout as sleep } from 'node:timers/promises';
import { statusHost } from '../../host/status-host.js';
import { renderJson } from '../../report/json-report.js';
import { renderPrometheus } from '../../report/prometheus-report.js';
import { renderStatusReport } from '../../report/status-report.js';
import { writeFileAtomically } from '../../report/write-textfile.js';
import { UsageError } from '../../core/errors.js';
import { exitCodeFor } from '../exit-code.js';
import { addHelpFooter } from '../help.js';
import {
  addAgentOptions,
  addCommonOptions,
  addProfileOptions,
  parseAgentFlags,
  type CommonFlags,
  type ProfileFlags,
  withPatterns,
} from '../options.js';
import { processInterrupt } from '../interrupt.js';
import { openSession } from '../session.js';

interface StatusFlags extends CommonFlags, ProfileFlags {
  watch?: string;
  prometheus?: string;
  agent: string[];
  scrollbackWarn: string;
}

/** The least --watch interval: `wezterm cli list` upsets busy muxes when polled often. */
const MIN_WATCH_SECONDS = 5;

export function registerStatus(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('status')
    .description(
      'one row per host: the mux (pid, uptime, RSS, fds), panes and the agents in them, load, memory, config state, log errors, and hints',
    )
    .option('--watch <seconds>', `redraw every N seconds (at least ${MIN_WATCH_SECONDS}) until Ctrl-C`)
    .option(
      '--prometheus <file>',
      'also write node_exporter textfile-collector metrics to FILE (atomically), e.g. /var/lib/node_exporter/textfile/wezfleet.prom',
    )
    .option('--scrollback-warn <percent>', 'warn when worst-case scrollback (panes x lines x 136 B) passes this share of RAM', '25');
  addHelpFooter(
    cmd,
    [
      'wezfleet status -i inventory.yaml',
      "wezfleet status -i hosts.ini 'web[0:2]'",
      'wezfleet status -i inventory.yaml --watch 30 --limit tag:gpu',
      'wezfleet status -i inventory.yaml --prometheus /var/lib/node_exporter/textfile/wezfleet.prom > /dev/null',
      "wezfleet status -i inventory.yaml --json | jq '.hosts[] | select(.detail.agents | length > 0) | .host'",
    ],
    ['status exits 1 only for a host it could not examine; a mux that is down is a row, not a failure'],
  );
  // The profile options say what "in sync" means, as they do for plan and apply.
  addAgentOptions(addProfileOptions(addCommonOptions(cmd))).action(
    withPatterns(async (flags: StatusFlags) => {
      const interval = flags.watch === undefined ? undefined : Number(flags.watch);
      if (interval !== undefined && !(interval >= MIN_WATCH_SECONDS)) {
        throw new UsageError(
          `--watch: expected a number of seconds of at least ${MIN_WATCH_SECONDS} (polling a busy mux often is known to hang it), got ${JSON.stringify(flags.watch)}`,
        );
      }
      const share = Number(flags.scrollbackWarn);
      if (!(share > 0 && share <= 100))
        throw new UsageError(`--scrollback-warn: expected a percentage between 0 and 100, got ${JSON.stringify(flags.scrollbackWarn)}`);
      const options = { agentPatterns: parseAgentFlags(flags.agent), scrollbackWarnShare: share / 100 };
      if (flags.prometheus !== undefined && !flags.prometheus.endsWith('.prom')) {
        throw new UsageError(
          `--prometheus: node_exporter's textfile collector reads only files ending in .prom, got ${JSON.stringify(flags.prometheus)}`,
        );
      }
      const session = openSession(flags);
      try {
        for (;;) {
          const outcomes = await session.forEachHost((t, spec) => statusHost(t, spec, session.run, options));
          if (flags.prometheus !== undefined) {
            writeFileAtomically(
              flags.prometheus,
              renderPrometheus(outcomes, { agentNames: options.agentPatterns.map((p) => p.name), now: session.run.now() }),
            );
          }
          const report = session.json ? renderJson('status', outcomes) : renderStatusReport(outcomes, session.table);
          // On a terminal, --watch redraws in place.
          if (interval !== undefined && process.stdout.isTTY && !session.json) process.stdout.write('\x1b[H\x1b[2J');
          process.stdout.write(report);
          setExit(exitCodeFor(outcomes));
          if (interval === undefined || session.run.signal.aborted) return;
          await sleep(interval * 1000, undefined, { signal: session.run.signal }).catch(() => undefined);
          // Ctrl-C between rounds is how --watch ends: the last round stands, and its exit code.
          if (session.run.signal.aborted) return processInterrupt().endedWait();
        }
      } finally {
        await session.dispose();
      }
    }),
  );
}
