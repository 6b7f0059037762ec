import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_RESCUE_SESSION, rescueHost, type RescueDetail, type RescueRequest } from '../../host/rescue-host.js';
import { isOk, type HostOutcome } from '../../core/outcome.js';
import { renderJson } from '../../report/json-report.js';
import { renderRescueReport } from '../../report/rescue-report.js';
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
import { openSession } from '../session.js';

interface RescueFlags extends CommonFlags, WriteFlags {
  agent: string[];
  allPanes?: boolean;
  session: string;
  plan?: boolean;
  restartMux?: boolean;
  force?: boolean;
  install?: boolean;
}

export function registerRescue(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('rescue')
    .description('move every agent out of a hung or doomed mux into tmux (reptyr -T), each move verified by facts')
    .option('--plan', 'preflight and discovery only: what would be moved; changes nothing')
    .option('--all-panes', 'every pane with a live process, not only agents')
    .option('--install', "install missing reptyr and tmux with the host's package manager, through sudo")
    .option('--session <name>', 'the tmux session the agents go to (created if absent)', DEFAULT_RESCUE_SESSION)
    .option('--restart-mux', 'then restart the mux, where every agent of the host was moved (all of them with --force)')
    .option('--force', 'go on where the mux did not prove it loaded Hold (a hung mux), and restart it even where a move failed');
  addHelpFooter(
    cmd,
    [
      'wezfleet rescue -i inventory.yaml --limit gpu-07 --plan',
      'wezfleet rescue -i inventory.yaml --limit gpu-07 --yes --restart-mux',
      'ssh -t gpu-07 tmux attach -t rescue',
    ],
    ['rescue exits 0 only when every agent found was moved or already had been'],
  );
  addAgentOptions(addWriteOptions(addCommonOptions(cmd))).action(
    withPatterns(async (flags: RescueFlags) => {
      if (!/^[A-Za-z0-9_.-]+$/.test(flags.session))
        throw new UsageError(`--session: expected a tmux session name (letters, digits, . _ -), got ${JSON.stringify(flags.session)}`);
      if (!flags.plan && !flags.yes && !canPrompt()) {
        throw new UsageError(
          'rescue changes hosts and there is no terminal to ask on: pass --yes to go ahead (see what it would do with --plan)',
        );
      }
      const base: Omit<RescueRequest, 'plan'> = {
        agentPatterns: parseAgentFlags(flags.agent),
        allPanes: Boolean(flags.allPanes),
        session: flags.session,
        restartMux: Boolean(flags.restartMux),
        force: Boolean(flags.force),
        install: Boolean(flags.install),
        stealWaitMs: 5000,
      };
      const session = openSession(flags);
      try {
        const render = (outcomes: HostOutcome<RescueDetail>[]) =>
          session.json
            ? renderJson(flags.plan ? 'rescue --plan' : 'rescue', outcomes)
            : renderRescueReport(outcomes, { table: session.table, session: flags.session });
        if (!flags.plan && !flags.yes) {
          const planned = await session.keepingConnections(() =>
            session.forEachHost((t, spec) => rescueHost(t, spec, session.run, { ...base, plan: true })),
          );
          process.stderr.write(render(planned));
          const moving = planned.filter((p) => isOk(p) && p.detail.agents.some((a) => a.result === 'would rescue'));
          const count = moving.reduce((n, p) => n + (p.detail?.agents ?? []).filter((a) => a.result === 'would rescue').length, 0);
          if (
            !moving.length ||
            !(await confirmChange(
              `Move ${count} agent${count === 1 ? '' : 's'} on ${moving.length} host${moving.length === 1 ? '' : 's'} into tmux?`,
              { yes: false, what: 'rescue' },
            ))
          ) {
            process.stderr.write('wezfleet: nothing moved\n');
            setExit(exitCodeFor(planned));
            return;
          }
        }
        const outcomes = await session.forEachHost((t, spec) => rescueHost(t, spec, session.run, { ...base, plan: Boolean(flags.plan) }));
        process.stdout.write(render(outcomes));
        setExit(exitCodeFor(outcomes));
      } finally {
        await session.dispose();
      }
    }),
  );
}
