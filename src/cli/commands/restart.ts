import type { Command } from 'commander';
import type { HostOutcome } from '../../core/outcome.js';
import { restartHost, type RestartDetail } from '../../host/restart-host.js';
import { UsageError } from '../../core/errors.js';
import { renderJson } from '../../report/json-report.js';
import { renderRestartReport } from '../../report/restart-report.js';
import { canPrompt, confirmChange } from '../confirm.js';
import { exitCodeFor } from '../exit-code.js';
import { addHelpFooter } from '../help.js';
import {
  addAgentOptions,
  addCommonOptions,
  addWriteOptions,
  parseAgentFlags,
  type CommonFlags,
  type WriteFlags,
  withPatterns,
} from '../options.js';
import { confirmAgentLoss } from '../confirm-agents.js';
import { openSession } from '../session.js';

interface RestartFlags extends CommonFlags, WriteFlags {
  force?: boolean;
  agent: string[];
}

export function registerRestart(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('restart')
    .description('restart the mux on each host, found by its pid file (never by name); refuses where agents run unless --force')
    .option('--force', 'restart even where agents are running (they die with their panes)');
  addHelpFooter(cmd, [
    'wezfleet restart -i inventory.yaml --limit gpu-07          # refused where agents run',
    'wezfleet restart -i inventory.yaml --limit gpu-07 --force --yes',
  ]);
  addAgentOptions(addWriteOptions(addCommonOptions(cmd))).action(
    withPatterns(async (flags: RestartFlags) => {
      if (!flags.yes && !canPrompt()) {
        throw new UsageError('restart changes hosts and there is no terminal to ask on: pass --yes (and --force where agents run)');
      }
      const session = openSession(flags);
      try {
        const patterns = parseAgentFlags(flags.agent);
        const n = session.targets.length;
        const general = `Restart the mux on ${n} host${n === 1 ? '' : 's'}${flags.force ? ', killing any agents in it' : ''}? (No restart is needed for tuning: the mux reloads its config by itself.)`;
        // Where agents run, a person must say so (or --force); elsewhere the usual confirmation.
        const accepted = flags.force
          ? new Set(session.targets.map((t) => t.spec.name))
          : await confirmAgentLoss(session, session.targets, patterns);
        if (
          !accepted ||
          ((flags.force || !accepted.size) && !(await confirmChange(general, { yes: Boolean(flags.yes), what: 'restart' })))
        ) {
          process.stderr.write('wezfleet: nothing restarted\n');
          return;
        }
        const outcomes: HostOutcome<RestartDetail>[] = await session.forEachHost((t, spec) =>
          restartHost(t, spec, session.run, { force: accepted.has(spec.name), agentPatterns: patterns }),
        );
        process.stdout.write(session.json ? renderJson('restart', outcomes) : renderRestartReport(outcomes, session.table));
        setExit(exitCodeFor(outcomes));
      } finally {
        await session.dispose();
      }
    }),
  );
}
