import type { Command } from 'commander';
import { applyHost, type ApplyDetail } from '../../host/apply-host.js';
import { isOk, type HostOutcome } from '../../host/outcome.js';
import { renderJson } from '../../report/json-report.js';
import { renderPlanReport } from '../../report/plan-report.js';
import { confirmChange } from '../confirm.js';
import { exitCodeFor } from '../exit-code.js';
import { addCommonOptions, addProfileOptions, addWriteOptions, type CommonFlags, type ProfileFlags, type WriteFlags } from '../options.js';
import { openSession } from '../session.js';
import { planAll } from './plan.js';

export function registerApply(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('apply')
    .description('write the managed block on each host (backup, atomic write, verified first); asks on a terminal, needs --yes otherwise')
    .option('--only-drifted', 'only hosts whose managed block no longer matches the RAM they have now');
  addWriteOptions(addProfileOptions(addCommonOptions(cmd))).action(async (flags: CommonFlags & ProfileFlags & WriteFlags & { onlyDrifted?: boolean }) => {
    const session = openSession(flags);
    session.run.onlyDrifted = Boolean(flags.onlyDrifted);
    try {
      let targets = session.targets;
      const kept: HostOutcome<ApplyDetail>[] = [];
      if (!flags.yes) {
        // Show the plan and ask; only hosts with something to change are then written.
        const planned = await confirmablePlan();
        if (!planned) return;
        targets = planned.targets;
        kept.push(...planned.kept);
      }
      const applied = await session.forEachHost((t, spec) => applyHost(t, spec, session.run), targets);
      const byHost = new Map([...kept, ...applied].map((o) => [o.host, o]));
      const outcomes = session.targets.map((t) => byHost.get(t.spec.name)!).filter(Boolean);
      process.stdout.write(session.json ? renderJson('apply', outcomes) : renderPlanReport(outcomes, { colour: session.colour, showDiffs: false }));
      setExit(exitCodeFor(outcomes));

      async function confirmablePlan() {
        const plans = await planAll(session);
        const changing = plans.filter((p) => p.status === 'would-change' && (!flags.onlyDrifted || p.detail.drift === 'drifted'));
        process.stderr.write(renderPlanReport(plans, { colour: Boolean(process.stderr.isTTY), showDiffs: true }));
        const rest = plans.filter((p) => !changing.includes(p)).map((p) => (isOk(p) ? { ...p, status: 'unchanged' as const, detail: { ...p.detail, pruned: [] } } : p)) as HostOutcome<ApplyDetail>[];
        if (!changing.length) {
          process.stdout.write(session.json ? renderJson('apply', rest) : renderPlanReport(rest, { colour: session.colour, showDiffs: false }));
          setExit(exitCodeFor(rest));
          return undefined;
        }
        const hosts = changing.map((p) => p.host);
        const go = await confirmChange(`Write ${hosts.length} config${hosts.length === 1 ? '' : 's'} (${hosts.slice(0, 5).join(', ')}${hosts.length > 5 ? ', ...' : ''})?`, { yes: false, what: 'apply' });
        if (!go) {
          process.stderr.write('wezfleet: nothing written\n');
          return undefined;
        }
        return { targets: session.targets.filter((t) => hosts.includes(t.spec.name)), kept: rest };
      }
    } finally {
      session.dispose();
    }
  });
}
