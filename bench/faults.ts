/**
 * `npm run faults` (as root): the fault suite, long. On a fleet of test hosts, each scenario of
 * test/faults/scenarios.ts runs FAULT_TRIALS times (default 50), each trial seeded (FAULT_SEED, else
 * the clock: printed first, so that a run can be made again) and checked: every host's file against
 * the report, the audit log, the backups and the mux, then a rerun without faults. Prints each
 * violation with its trial's seed, and per scenario the statuses the faults produced. Exit 1 on any
 * violation. FAULT_SCENARIOS (comma-separated) runs only those.
 */
import { FaultFleet } from '../test/faults/fault-fleet.js';
import { calibrate, SCENARIOS, seeded } from '../test/faults/scenarios.js';

const TRIALS = Number(process.env.FAULT_TRIALS ?? 50);
const SEED = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000_007);
const ONLY = process.env.FAULT_SCENARIOS?.split(',').filter(Boolean);

/** One trial's seed: the run's, its scenario's place and its number, mixed. */
export const trialSeed = (seed: number, scenario: number, trial: number) => (seed + scenario * 1_000_003 + trial * 7919) >>> 0;

const names = Object.keys(SCENARIOS).filter((n) => !ONLY || ONLY.includes(n));
console.log(`fault suite: seed ${SEED}, ${TRIALS} trials of ${names.join(', ')}`);
const ff = await FaultFleet.start(90);
let failed = 0;
try {
  const cal = await calibrate(ff);
  console.log(`calibration: a clean apply took ${cal.applyMs} ms, ${Math.max(...cal.bytes.values())} bytes at most per host`);
  for (const [si, name] of names.entries()) {
    const counts = new Map<string, number>();
    let bad = 0;
    const started = Date.now();
    for (let trial = 0; trial < TRIALS; trial++) {
      const seed = trialSeed(SEED, Object.keys(SCENARIOS).indexOf(name), trial);
      const { violations, statuses } = await SCENARIOS[name]!(ff, seeded(seed), cal);
      for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
      if (violations.length) {
        bad++;
        console.log(`  ${name} trial ${trial} (seed ${seed}):\n    ${violations.join('\n    ')}`);
      }
    }
    failed += bad;
    const histogram = [...counts].map(([s, n]) => `${s} ${n}`).join(', ');
    console.log(
      `${name}: ${TRIALS} trials, ${bad} with violations, ${((Date.now() - started) / 1000).toFixed(0)} s; statuses: ${histogram}`,
    );
    void si;
  }
} finally {
  await ff.stop();
}
console.log(failed ? `${failed} trials with violations (seed ${SEED})` : `no violations (seed ${SEED})`);
process.exit(failed ? 1 : 0);
