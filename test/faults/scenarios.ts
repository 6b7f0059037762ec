/**
 * The fault suite's scenarios. Each trial draws its faults from a seeded random source (the seed is
 * printed, so a failing trial can be run again), runs a command that writes on every host of a
 * FaultFleet, then checks every host against the report and reruns without faults.
 */
import { sha256 } from '../../src/remote/read-config.js';
import type { FaultFleet, RunResult } from './fault-fleet.js';
import { calibrateRescue, rescueTrial } from './rescue-trial.js';

/** mulberry32: a small seeded generator, the same numbers for the same seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrialResult {
  violations: string[];
  /** Every host's status in the faulted run, for the figures. */
  statuses: string[];
}

/** What a clean apply costs, per host: bytes the client sends, and the run's wall time. */
export interface Calibration {
  bytes: Map<string, number>;
  applyMs: number;
  /** A clean rescue's wall time, measured at the first rescue trial. */
  rescueMs?: number;
}

type Scenario = (ff: FaultFleet, rnd: () => number, cal: Calibration) => Promise<TrialResult>;

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const ramArgs = (rnd: () => number) => ['--ram', String(pick(rnd, [64, 128, 256, 512]))];
const APPLY = ['apply', '--yes', '--reload-timeout', '2', '--timeout', '10'];
const statusesOf = (r: RunResult) => r.json?.hosts.map((h) => h.status) ?? ['(no report)'];

/** A clean apply, measured, then every host reset. */
export async function calibrate(ff: FaultFleet): Promise<Calibration> {
  await ff.reset();
  const started = Date.now();
  const r = await ff.run([...APPLY, '--ram', '128']);
  const applyMs = Date.now() - started;
  if (r.code !== 0) throw new Error(`the calibration apply failed: ${r.stderr}`);
  const bytes = new Map(ff.hosts.map((h) => [h.name, h.proxy.sent()]));
  await ff.reset();
  return { bytes, applyMs };
}

/** apply with connections cut at random bytes on random hosts: the handshake, the facts, the write. */
const cutApply: Scenario = async (ff, rnd, cal) => {
  await ff.reset();
  const ram = ramArgs(rnd);
  const expected = await ff.planned(ram);
  for (const h of ff.hosts) if (rnd() < 0.7) h.proxy.cutAfter(Math.floor(rnd() * 1.2 * cal.bytes.get(h.name)!));
  const r = await ff.run([...APPLY, ...ram]);
  const violations = await ff.checkWrite(r, 'apply', expected, { exitCodes: [0, 1] });
  violations.push(...(await ff.converge([...APPLY, ...ram], expected)));
  return { violations, statuses: statusesOf(r) };
};

/** apply with connections cut at random moments, the reload wait and the replies included. */
const cutApplyLate: Scenario = async (ff, rnd, cal) => {
  await ff.reset();
  const ram = ramArgs(rnd);
  const expected = await ff.planned(ram);
  const timers = ff.hosts.filter(() => rnd() < 0.7).map((h) => setTimeout(() => h.proxy.cutNow(), Math.floor(rnd() * 1.3 * cal.applyMs)));
  const r = await ff.run([...APPLY, ...ram]);
  for (const t of timers) clearTimeout(t);
  const violations = await ff.checkWrite(r, 'apply', expected, { exitCodes: [0, 1] });
  violations.push(...(await ff.converge([...APPLY, ...ram], expected)));
  return { violations, statuses: statusesOf(r) };
};

/** apply sent SIGINT or SIGTERM at a random moment: the report whole, the exit code says which. */
const signalApply: Scenario = async (ff, rnd, cal) => {
  await ff.reset();
  const ram = ramArgs(rnd);
  const expected = await ff.planned(ram);
  const sig = pick(rnd, ['SIGINT', 'SIGTERM'] as const);
  const at = Math.floor(rnd() * 1.2 * cal.applyMs);
  const started = Date.now();
  const r = await ff.run([...APPLY, ...ram], { signal: { at, sig } });
  // A run that ended before the signal came exits as usual.
  const codes = Date.now() - started > at + 50 ? [sig === 'SIGINT' ? 130 : 143] : [0, 1, sig === 'SIGINT' ? 130 : 143];
  const violations = await ff.checkWrite(r, 'apply', expected, { exitCodes: codes });
  violations.push(...(await ff.converge([...APPLY, ...ram], expected)));
  return { violations, statuses: statusesOf(r) };
};

/** A host that stops answering mid-run (a hung network): it fails within its deadline, the others go on. */
const hungHost: Scenario = async (ff, rnd, cal) => {
  await ff.reset();
  const ram = ramArgs(rnd);
  const expected = await ff.planned(ram);
  const hung = pick(rnd, ff.hosts);
  const timer = setTimeout(() => hung.proxy.stall(true), Math.floor(rnd() * cal.applyMs));
  const r = await ff.run([...APPLY, ...ram, '--timeout', '3', '--connect-timeout', '3']);
  clearTimeout(timer);
  hung.proxy.stall(false);
  hung.proxy.cutNow();
  const violations = await ff.checkWrite(r, 'apply', expected, { exitCodes: [0, 1] });
  for (const h of r.json?.hosts ?? []) {
    if (h.host !== hung.name && !['changed'].includes(h.status))
      violations.push(`${h.host} (${h.status}): a host that never hung did not finish`);
  }
  violations.push(...(await ff.converge([...APPLY, ...ram], expected)));
  return { violations, statuses: statusesOf(r) };
};

/** Two applies at once, with two profiles: every file whole and one of the two, every change audited once. */
const twoApplies: Scenario = async (ff, rnd) => {
  await ff.reset();
  const [a, b] = [ramArgs(rnd), ramArgs(rnd)];
  const [ea, eb] = [await ff.planned(a), await ff.planned(b)];
  const [ra, rb] = await Promise.all([ff.run([...APPLY, ...a]), ff.run([...APPLY, ...b])]);
  const violations: string[] = [];
  for (const r of [ra, rb]) if (!r.json) violations.push('a report is not whole JSON');
  const states = await ff.state();
  const audit = ff.auditSince();
  for (const h of ff.hosts) {
    const sha = states.get(h.name)!.sha;
    const ok = [ea.get(h.name)!.before, ea.get(h.name)!.after, eb.get(h.name)!.after];
    if (!ok.includes(sha)) violations.push(`${h.name}: the file is none of the old one and the two new ones`);
    const changed = [ra, rb].filter((r) =>
      ['changed', 'unknown'].includes(r.json?.hosts.find((x) => x.host === h.name)?.status ?? ''),
    ).length;
    const lines = (audit.get(h.name) ?? []).length;
    if (lines !== changed) violations.push(`${h.name}: ${changed} runs changed it, ${lines} audit lines`);
    if (states.get(h.name)!.temps.length) violations.push(`${h.name}: temp files left`);
  }
  violations.push(...(await ff.converge([...APPLY, ...b], eb)));
  return { violations, statuses: [...statusesOf(ra), ...statusesOf(rb)] };
};

/** restore cut at random moments: each file the tuned one or the original, whole; a rerun finishes it. */
const cutRestore: Scenario = async (ff, rnd) => {
  await ff.reset();
  const ram = ramArgs(rnd);
  const tuned = await ff.planned(ram);
  const setup = await ff.run([...APPLY, ...ram]);
  if (setup.code !== 0) return { violations: [`the apply before the restore failed: ${setup.stderr.slice(-300)}`], statuses: [] };
  ff.markAudit();
  const original = (h: { original?: string }) => (h.original === undefined ? undefined : sha256(h.original));
  const expected = new Map(ff.hosts.map((h) => [h.name, { before: tuned.get(h.name)!.after, after: original(h) }]));
  const timers = ff.hosts.filter(() => rnd() < 0.7).map((h) => setTimeout(() => h.proxy.cutNow(), Math.floor(rnd() * 1500)));
  const r = await ff.run(['restore', '--yes']);
  for (const t of timers) clearTimeout(t);
  const violations = await ff.checkWrite(r, 'restore', expected, { exitCodes: [0, 1] });
  // Where the restore did not happen, running it again does it; where it did, it is not run again
  // (a second restore would put back the tuned file it backed up).
  const states = await ff.state();
  const left = ff.hosts.filter((h) => states.get(h.name)!.sha === tuned.get(h.name)!.after).map((h) => h.name);
  if (left.length) {
    const rerun = await ff.run(['restore', '--yes', '--limit', left.join(',')]);
    if (rerun.code !== 0) violations.push(`the restore rerun exited ${rerun.code}: ${rerun.stderr.slice(-300)}`);
    const after = await ff.state();
    for (const h of ff.hosts.filter((x) => left.includes(x.name))) {
      if (after.get(h.name)!.sha !== original(h)) violations.push(`${h.name}: the restore rerun did not put the original back`);
    }
  }
  return { violations, statuses: statusesOf(r) };
};

/** rescue cut at random moments on random hosts: no agent lost, the report true, a rerun finishes it. */
const cutRescue: Scenario = async (ff, rnd, cal) => {
  cal.rescueMs ??= await calibrateRescue(ff);
  return rescueTrial(ff, rnd, cal.rescueMs);
};

export const SCENARIOS: Record<string, Scenario> = {
  'cut-apply': cutApply,
  'cut-apply-late': cutApplyLate,
  'signal-apply': signalApply,
  'hung-host': hungHost,
  'two-applies': twoApplies,
  'cut-restore': cutRestore,
  'cut-rescue': cutRescue,
};
