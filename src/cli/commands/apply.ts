import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { applyHost, type ApplyDetail } from '../../host/apply-host.js';
import type { PlanView } from '../../host/plan-view.js';
import { isOk, type HostOutcome } from '../../core/outcome.js';
import { renderJson } from '../../report/json-report.js';
import { renderPlanReport } from '../../report/plan-report.js';
import type { Target } from '../../run/run-hosts.js';
import { canPrompt, confirmChange } from '../confirm.js';
import { exitCodeFor } from '../exit-code.js';
import { addHelpFooter } from '../help.js';
import {
  addAgentOptions,
  addCommonOptions,
  addProfileOptions,
  addWriteOptions,
  parseAgentFlags,
  type CommonFlags,
  type ProfileFlags,
  type WriteFlags,
  withPatterns,
} from '../options.js';
import { restartWhereNotLoaded } from '../restart-not-loaded.js';
import { openSession, type Session } from '../session.js';
import { planAll } from './plan.js';

interface ApplyFlags extends CommonFlags, ProfileFlags, WriteFlags {
  onlyDrifted?: boolean;
  reloadTimeout: string;
  restart?: boolean;
  force?: boolean;
  agent: string[];
}

/**
 * On a terminal without --yes: the plan first (on stderr), then one question. Returns the hosts to
 * write, the hashes of each one's plan as shown (what is written must still match them), and the
 * outcomes of the others; undefined when there is nothing to write or the answer is no.
 */
async function planAndAsk(
  session: Session,
  onlyDrifted: boolean,
): Promise<{ targets: Target[]; approved: Map<string, PlanView['sha256']>; others: HostOutcome<ApplyDetail>[] } | undefined> {
  // The connections stay open across the question: writing does not connect again.
  const plans = await session.keepingConnections(() => planAll(session));
  const changing = plans.filter((p) => p.status === 'would-change' && (!onlyDrifted || p.detail.drift === 'drifted'));
  const others = plans
    .filter((p) => !changing.includes(p))
    .map((p) => (isOk(p) ? { ...p, status: 'unchanged' as const, detail: { ...p.detail, pruned: [] } } : p)) as HostOutcome<ApplyDetail>[];
  process.stderr.write(renderPlanReport(plans, { table: session.stderrTable, showDiffs: true }));
  if (!changing.length) return { targets: [], approved: new Map(), others };
  const hosts = changing.map((p) => p.host);
  const question = `Write ${hosts.length} config${hosts.length === 1 ? '' : 's'} (${hosts.slice(0, 5).join(', ')}${hosts.length > 5 ? ', ...' : ''})?`;
  if (!(await confirmChange(question, { yes: false, what: 'apply' }))) return undefined;
  const approved = new Map(changing.map((p) => [p.host, (p.detail as PlanView).sha256]));
  return { targets: session.targets.filter((t) => hosts.includes(t.spec.name)), approved, others };
}

export function registerApply(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('apply')
    .description(
      'write the managed block on each host (backup, atomic write, verified first), then prove the running mux loaded it; asks on a terminal, needs --yes otherwise',
    )
    .option('--only-drifted', 'only hosts whose managed block no longer matches the RAM they have now')
    .option(
      '--reload-timeout <seconds>',
      'how long to wait for each running mux to log that it loaded the new config (0: do not check)',
      '10',
    )
    .option(
      '--restart',
      'restart the mux where the config changed and the running mux did not load it (refused where agents run, unless --force)',
    )
    .option('--force', 'with --restart: restart even where agents run (they die with their panes)');
  addHelpFooter(cmd, [
    'wezfleet apply                                  # shows the plan, asks, writes',
    'wezfleet apply -i inventory.yaml --only-drifted --limit group:canary --yes',
    'wezfleet apply -i inventory.yaml --only-drifted --batch 10% --max-fail 2 --yes',
  ]);
  addAgentOptions(addWriteOptions(addProfileOptions(addCommonOptions(cmd)))).action(
    withPatterns(async (flags: ApplyFlags) => {
      const reloadSeconds = Number(flags.reloadTimeout);
      if (!(reloadSeconds >= 0))
        throw new UsageError(`--reload-timeout: expected a number of seconds, got ${JSON.stringify(flags.reloadTimeout)}`);
      if (!flags.yes && !canPrompt()) {
        throw new UsageError(
          'apply changes hosts and there is no terminal to ask on: pass --yes to go ahead (see what would change with `wezfleet plan`)',
        );
      }
      const session = openSession(flags);
      session.run.onlyDrifted = Boolean(flags.onlyDrifted);
      session.run.reloadWaitMs = reloadSeconds * 1000;
      try {
        let targets = session.targets;
        let others: HostOutcome<ApplyDetail>[] = [];
        let approved: Map<string, PlanView['sha256']> | undefined;
        if (!flags.yes) {
          const asked = await planAndAsk(session, Boolean(flags.onlyDrifted));
          if (!asked) {
            process.stderr.write('wezfleet: nothing written\n');
            return;
          }
          ({ targets, approved, others } = asked);
        }
        const applied = targets.length
          ? await session.forEachHost((t, spec) => applyHost(t, spec, session.run, approved?.get(spec.name)), targets)
          : [];
        if (flags.restart) await restartWhereNotLoaded(session, applied, parseAgentFlags(flags.agent), Boolean(flags.force));
        const byHost = new Map([...others, ...applied].map((o) => [o.host, o]));
        const outcomes = session.targets.flatMap((t) => byHost.get(t.spec.name) ?? []);
        process.stdout.write(
          session.json ? renderJson('apply', outcomes) : renderPlanReport(outcomes, { table: session.table, showDiffs: false }),
        );
        setExit(exitCodeFor(outcomes));
      } finally {
        await session.dispose();
      }
    }),
  );
}
