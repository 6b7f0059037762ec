/**
 * The fault suite, short: each scenario of test/faults/scenarios.ts a few times, with a fixed seed
 * (the long run, `npm run faults`, draws many more; docs/faults.md has its figures).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FaultFleet } from '../faults/fault-fleet.js';
import { calibrate, SCENARIOS, seeded, type Calibration } from '../faults/scenarios.js';

const SEED = 20261202;
const TRIALS: Record<string, number> = {
  'cut-apply': 3,
  'cut-apply-late': 2,
  'signal-apply': 2,
  'hung-host': 1,
  'two-applies': 1,
  'cut-restore': 2,
  'cut-rescue': 2,
};

let ff: FaultFleet;
let cal: Calibration;
before(async () => {
  ff = await FaultFleet.start(9);
  cal = await calibrate(ff);
});
after(() => ff?.stop());

describe('faults: what wezfleet reports is what happened', () => {
  for (const [i, name] of Object.keys(SCENARIOS).entries()) {
    it(`${name}: ${TRIALS[name]} seeded trials, every host checked, then a rerun converges`, async (t) => {
      for (let trial = 0; trial < TRIALS[name]!; trial++) {
        const seed = SEED + i * 1000 + trial;
        const { violations, statuses } = await SCENARIOS[name]!(ff, seeded(seed), cal);
        t.diagnostic(`seed ${seed}: ${statuses.join(' ')}`);
        assert.deepEqual(violations, [], `seed ${seed}`);
      }
    });
  }
});
