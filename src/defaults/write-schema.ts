/** `npm run schema`: writes schema/config.schema.json from the zod schema (a test checks it is current). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/assets.js';
import { defaultsJsonSchema } from './defaults-schema.js';

export const CONFIG_SCHEMA_FILE = join(packageRoot(), 'schema', 'config.schema.json');

export function renderConfigSchema(): string {
  return JSON.stringify(defaultsJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, '/dist/'))) {
  writeFileSync(CONFIG_SCHEMA_FILE, renderConfigSchema());
}
