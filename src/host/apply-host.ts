import { Refusal, UnknownOutcome } from '../core/errors.js';
import { gatherFactsThenWrite, type Decision } from '../remote/facts-write.js';
import { backupPathFor, type WriteRequest } from '../remote/write-config.js';
import type { Transport } from '../transport/transport.js';
import { execOptions, factsRequest } from './config-in-effect.js';
import type { HostSpec, RunOptions } from './context.js';
import type { OkStatus } from '../core/outcome.js';
import { planFromFacts, type HostPlan } from './plan-host.js';
import { viewPlan, type PlanView } from './plan-view.js';
import { reloadUncheckable, type ReloadResult } from '../remote/reload.js';

export interface ApplyDetail extends PlanView {
  backup?: string;
  pruned: string[];
  /** Whether the running mux evaluated the new block (changed hosts only). */
  reload?: ReloadResult;
  /** apply --restart: what happened to the mux. */
  restart?: { oldPid?: number; newPid?: number; refused?: string };
}

type Planned = { plan: HostPlan; view: PlanView; unprovable?: ReloadResult };

/**
 * Plans, then writes only if the plan changes something: a second apply of the same profile is
 * "unchanged", writes nothing and makes no backup. Both on one channel: the facts come back, the
 * plan is made here, and the write (if any) goes down the same channel to the same shell.
 * `approved`: the hashes of the plan a person said yes to; a plan that no longer matches them (the
 * file, the RAM or the profile changed during the question) is refused rather than written unseen.
 */
export async function applyHost(
  t: Transport,
  spec: HostSpec,
  o: RunOptions,
  approved?: PlanView['sha256'],
): Promise<{ status: OkStatus; detail: ApplyDetail }> {
  const exec = execOptions(spec, o);
  const { value, written, unknown } = await gatherFactsThenWrite(t, exec, factsRequest(spec, o), o.reloadWaitMs, async (facts) =>
    decideWrite(await planFromFacts(t, spec, o, facts), o, approved),
  );
  const { plan, view, unprovable } = value;
  if (!written && !unknown) return { status: 'unchanged', detail: { ...view, pruned: [] } };
  // Whatever happened after the write was sent, the host's change (or its possibility) is audited.
  o.audit.change({
    host: t.host,
    action: 'apply',
    file: plan.candidate.path,
    realPath: plan.realPath,
    ...(written?.backup ? { backup: written.backup } : {}),
    ...(plan.beforeSha256 ? { sha256Before: plan.beforeSha256 } : {}),
    sha256After: plan.afterSha256,
    blockHash: plan.blockHash,
    ...(unknown ? { outcome: 'unknown' as const, cut: unknown } : written?.cut ? { cut: written.cut } : {}),
  });
  if (unknown || !written) throw new UnknownOutcome(unknown ?? 'cut', { ...view, pruned: [] });
  const detail: ApplyDetail = { ...view, pruned: written.pruned, reload: unprovable ?? written.reload! };
  if (written.backup) detail.backup = written.backup;
  return { status: 'changed', detail };
}

/** What the plan asks to write: nothing where it changes nothing (or --only-drifted leaves it alone). */
function decideWrite(plan: HostPlan, o: RunOptions, approved?: PlanView['sha256']): Decision<Planned> {
  const view = viewPlan(plan);
  if (plan.change === 'none') return { value: { plan, view } };
  if (approved && (approved.before !== plan.beforeSha256 || approved.after !== plan.afterSha256)) {
    const what = approved.before !== plan.beforeSha256 ? `${plan.candidate.path} changed` : 'the new config would differ';
    throw new Refusal(`${what} since the plan you said yes to; nothing was written`, 'run apply again to see the plan as it is now', view);
  }
  if (o.onlyDrifted && plan.drift !== 'drifted') {
    const warnings = [...view.warnings, `left alone: --only-drifted and the config is ${plan.drift}`];
    return { value: { plan, view: { ...view, warnings } } };
  }
  const exists = plan.change === 'update';
  const mux = plan.facts.mux;
  // The proof of reload rides on the write itself, where there is a mux log to read.
  const unprovable = o.reloadWaitMs > 0 ? reloadUncheckable(mux) : { state: 'not checked' as const, detail: '--reload-timeout 0' };
  const write: WriteRequest = {
    path: plan.candidate.path,
    realPath: plan.realPath,
    content: Buffer.from(plan.after, plan.encoding),
    keepBackups: o.keepBackups,
    // A created file gets a record of its absence, so that restore can take it away again.
    ...(exists
      ? { expectedSha256: plan.beforeSha256!, backupPath: backupPathFor(plan.candidate.path, o.now()) }
      : { backupPath: backupPathFor(plan.candidate.path, o.now(), { absent: true }) }),
    ...(unprovable ? {} : { reload: { log: mux!.log!.path, hash: plan.blockHash, waitMs: o.reloadWaitMs } }),
  };
  return { value: { plan, view, ...(unprovable ? { unprovable } : {}) }, write };
}
