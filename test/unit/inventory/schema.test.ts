import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { packageRoot } from '../../../src/core/assets.js';
import { INVENTORY_SCHEMA_FILE, renderInventorySchema } from '../../../src/inventory/write-schema.js';

const shipped = readFileSync(INVENTORY_SCHEMA_FILE, 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(shipped));
const errors = (doc: unknown) => (validate(doc) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

describe('the inventory JSON Schema', () => {
  it('is the one the zod schema generates (run `npm run schema` after changing it)', () => {
    assert.equal(shipped, renderInventorySchema());
  });

  it('accepts inventory.example.yaml, which points editors at it', () => {
    const text = readFileSync(join(packageRoot(), 'inventory.example.yaml'), 'utf8');
    assert.match(text, /^# yaml-language-server: \$schema=\.\/schema\/inventory\.schema\.json$/m);
    assert.deepEqual(errors(parse(text)), []);
  });

  it('rejects what wezfleet rejects: a typo, a wrong type, a setting out of range or unknown', () => {
    assert.match(errors({ hosts: [{ name: 'a', prot: 22 }] }).join('\n'), /must NOT have additional properties/);
    assert.match(errors({ hosts: [{ name: 'a', port: '22a' }] }).join('\n'), /\/hosts\/0\/port must be integer/);
    assert.match(errors({ hosts: [{ name: 'a', settings: { mux_output_parser_buffer_size: 0 } }] }).join('\n'), /buffer_size must be >= 1/);
    assert.match(
      errors({ defaults: { settings: { scrollback: 5 } }, hosts: [{ name: 'a' }] }).join('\n'),
      /\/defaults\/settings must NOT have additional properties/,
    );
    assert.match(errors({}).join('\n'), /must have required property 'hosts'/);
    // An empty list is an inventory with no hosts, as Ansible reads one with every host commented out.
    assert.deepEqual(errors({ hosts: [] }), []);
  });
});
