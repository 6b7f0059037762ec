import type { Command } from 'commander';
import { applyHost, type ApplyDetail } from '../../host/apply-host.js';
import { isOk, type HostOutcome } from '../../host/outcome.js';
import { renderJson } from '../../report/json-report.js';
import { renderPlanReport } from '../../report/plan-report.js';
import { confirmChange } from '../confirm.js';
import { exitCodeFor } from '../exit-code.js';
import { addAgentOptions, addCommonOptions, addProfileOptions, addWriteOptions, parseAgentFlags, type CommonFlags, type ProfileFlags, type WriteFlags } from '../options.js';

interface ApplyFlags extends CommonFlags, ProfileFlags, WriteFlags {
  onlyDrifted?: boolean;
  reloadTimeout: string;
  restart?: boolean;
  force?: boolean;
  agent: string[];
}

/**
 * apply --restart: only hosts whose config changed and whose running mux did not load it. Never
 * where the new config failed to load (a mux started on it would run on built-in defaults), and,
 * unless forced or confirmed on a terminal, never where agents run.
 */
async function restartWhereNotLoaded(session: Session, applied: HostOutcome<ApplyDetail>[], patterns: AgentPattern[], force: boolean): Promise<void> {
  for (const o of applied) {
    if (o.status === 'changed' && o.detail.reload?.state === 'reload failed') {
      o.detail.restart = { refused: 'not restarted: the new config failed to load, and a mux started on it would run on built-in defaults' };
    }
  }
  const names = new Set(applied.filter((o) => o.status === 'changed' && o.detail.reload?.state === 'not loaded yet').map((o) => o.host));
  const targets = session.targets.filter((t) => names.has(t.spec.name));
  if (!targets.length) return;
  const accepted = force ? names : await confirmAgentLoss(session, targets, patterns);
  const restarted = await session.forEachHost((t, spec) => restartHost(t, spec, session.run, { force: accepted?.has(spec.name) ?? false, agentPatterns: patterns }), targets);
  for (const r of restarted) {
    const o = applied.find((a) => a.host === r.host);
    if (!o || o.status !== 'changed') continue;
    o.detail.restart = isOk(r) ? { ...(r.detail.oldPid !== undefined ? { oldPid: r.detail.oldPid } : {}), newPid: r.detail.newPid } : { refused: r.reason };
  }
}
import { openSession, type Session } from '../session.js';
import { UsageError } from '../../errors.js';
import { restartHost } from '../../host/restart-host.js';
import type { AgentPattern } from '../../mux/agents.js';
import { confirmAgentLoss } from './restart.js';
import { planAll } from './plan.js';

export function registerApply(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('apply')
    .description('write the managed block on each host (backup, atomic write, verified first); asks on a terminal, needs --yes otherwise')
    .option('--only-drifted', 'only hosts whose managed block no longer matches the RAM they have now')
    .option('--reload-timeout <seconds>', 'how long to wait for each running mux to log that it loaded the new config (0: do not check)', '10')
    .option('--restart', 'restart the mux where the config changed and the running mux did not load it (refused where agents run, unless --force)')
    .option('--force', 'with --restart: restart even where agents run (they die with their panes)');
  addAgentOptions(addWriteOptions(addProfileOptions(addCommonOptions(cmd)))).action(async (flags: ApplyFlags) => {
    const reloadSeconds = Number(flags.reloadTimeout);
    if (!(reloadSeconds >= 0)) throw new UsageError(`--reload-timeout: expected a number of seconds, got ${JSON.stringify(flags.reloadTimeout)}`);
    const session = openSession(flags);
    session.run.onlyDrifted = Boolean(flags.onlyDrifted);
    session.run.reloadWaitMs = reloadSeconds * 1000;
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
      if (flags.restart) await restartWhereNotLoaded(session, applied, parseAgentFlags(flags.agent), Boolean(flags.force));
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
