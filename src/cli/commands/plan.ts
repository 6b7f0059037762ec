import type { Command } from 'commander';
import { planHost } from '../../host/plan-host.js';
import { viewPlan, type PlanView } from '../../host/plan-view.js';
import type { HostOutcome } from '../../core/outcome.js';
import { renderJson } from '../../report/json-report.js';
import { renderPlanReport } from '../../report/plan-report.js';
import { exitCodeFor } from '../exit-code.js';
import { addHelpFooter } from '../help.js';
import { addCommonOptions, addProfileOptions, type CommonFlags, type ProfileFlags, withPatterns } from '../options.js';
import { openSession, type Session } from '../session.js';

/** Plans every target host: read-only, in parallel. */
export function planAll(session: Session): Promise<HostOutcome<PlanView>[]> {
  return session.forEachHost(async (t, spec) => {
    const plan = await planHost(t, spec, session.run);
    return { status: plan.change === 'none' ? 'unchanged' : 'would-change', detail: viewPlan(plan) };
  });
}

export function registerPlan(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('plan')
    .description('show what apply would change on each host (RAM, profile, a unified diff, overridden settings); changes nothing')
    .option('--detailed-exitcode', 'exit 3 when every host is ok and some would change (0: all in sync), for scripts and CI');
  addHelpFooter(
    cmd,
    [
      'wezfleet plan                                   # this machine',
      'wezfleet plan -i inventory.yaml --limit group:canary',
      "wezfleet plan -i hosts.ini 'gpu-*'               # host patterns, as ansible PATTERN takes them",
      'wezfleet plan --ram 256 --set scrollback_lines=2000000',
      'wezfleet plan -i inventory.yaml --detailed-exitcode; [ $? -eq 3 ] && echo "changes pending"',
    ],
    ['3  with --detailed-exitcode: every host ok, changes pending'],
  );
  addProfileOptions(addCommonOptions(cmd)).action(
    withPatterns(async (flags: CommonFlags & ProfileFlags & { detailedExitcode?: boolean }) => {
      const session = openSession(flags);
      try {
        const outcomes = await planAll(session);
        process.stdout.write(
          session.json ? renderJson('plan', outcomes) : renderPlanReport(outcomes, { table: session.table, showDiffs: true }),
        );
        setExit(exitCodeFor(outcomes, { detailed: Boolean(flags.detailedExitcode) }));
      } finally {
        await session.dispose();
      }
    }),
  );
}
