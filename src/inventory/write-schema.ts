/** `npm run schema`: writes schema/inventory.schema.json from the zod schema (a test checks it is current). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/assets.js';
import { inventoryJsonSchema } from './schema.js';

export const INVENTORY_SCHEMA_FILE = join(packageRoot(), 'schema', 'inventory.schema.json');

export function renderInventorySchema(): string {
  return JSON.stringify(inventoryJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, '/dist/'))) {
  writeFileSync(INVENTORY_SCHEMA_FILE, renderInventorySchema());
}
