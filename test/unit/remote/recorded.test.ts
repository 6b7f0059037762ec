/**
 * Every remote step's parser against what its script printed on a real test host
 * (test/fixtures/remote/STEP/CASE.json, made by record.ts there): one folder of cases per step,
 * one runner for them all. A case is a file; adding one is adding a file.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageRoot } from '../../../src/core/assets.js';
import { PARSERS, type RecordedCase } from '../../fixtures/remote/parsers.js';

const root = join(packageRoot(), 'test', 'fixtures', 'remote');
const steps = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());

describe('remote steps, parsed from recorded output', () => {
  it('has cases for every step that has a parser', () => {
    assert.deepEqual(steps.map((d) => d.name).sort(), Object.keys(PARSERS).sort());
  });

  for (const step of steps) {
    for (const file of readdirSync(join(root, step.name)).filter((f) => f.endsWith('.json'))) {
      const c = JSON.parse(readFileSync(join(root, step.name, file), 'utf8')) as RecordedCase;
      it(`${step.name}/${file}: ${c.about}`, () => {
        assert.deepEqual(PARSERS[step.name]!(Buffer.from(c.stdout, 'latin1'), c.args ?? {}), c.expected);
      });
    }
  }
});
