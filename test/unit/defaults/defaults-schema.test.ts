import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { packageRoot } from '../../../src/core/assets.js';
import { defaultsFileSchema } from '../../../src/defaults/defaults-schema.js';
import { SHARED_KEYS } from '../../../src/defaults/shared-settings.js';
import { CONFIG_SCHEMA_FILE, renderConfigSchema } from '../../../src/defaults/write-schema.js';

const shipped = readFileSync(CONFIG_SCHEMA_FILE, 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(shipped));
const errors = (doc: unknown) => (validate(doc) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

describe('the config file JSON Schema', () => {
  it('is the one the zod schema generates (run `npm run schema` after changing it)', () => {
    assert.equal(shipped, renderConfigSchema());
  });

  it('accepts config.example.yaml, which points editors at it and sets every key', () => {
    const text = readFileSync(join(packageRoot(), 'config.example.yaml'), 'utf8');
    assert.match(text, /^# yaml-language-server: \$schema=\.\/schema\/config\.schema\.json$/m);
    const doc = parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(doc).sort(), [...SHARED_KEYS].sort());
    assert.deepEqual(errors(doc), []);
    assert.ok(defaultsFileSchema.safeParse(doc).success);
  });

  it('rejects what wezfleet rejects: a typo, a wrong type, a value out of range or not a choice', () => {
    assert.match(errors({ concurency: 5 }).join('\n'), /must NOT have additional properties/);
    assert.match(errors({ timeout: '30' }).join('\n'), /\/timeout must be integer/);
    assert.match(errors({ timeout: 0 }).join('\n'), /\/timeout must be >= 1/);
    assert.match(errors({ retries: -1 }).join('\n'), /\/retries must be >= 0/);
    assert.match(errors({ color: false }).join('\n'), /\/color must be equal to one of the allowed values/);
    assert.match(errors({ agents: { aider: 5 } }).join('\n'), /\/agents\/aider must be string/);
    assert.deepEqual(errors({}), []);
  });
});
