import { z } from 'zod';
import { parseAgentPattern } from '../mux/agents.js';
import { SHARED_KEYS, SHARED_SPECS, type SettingKind } from './shared-settings.js';

const agents = z.record(z.string().regex(/^[^=\s]+$/, 'an agent name has no spaces and no ='), z.string()).superRefine((value, ctx) => {
  for (const [name, regex] of Object.entries(value)) {
    const parsed = parseAgentPattern(`${name}=${regex}`);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', path: [name], message: parsed.replace(`${name}: `, '') });
  }
});

function typeOf(kind: SettingKind): z.ZodType {
  switch (kind.type) {
    case 'count':
      return z.int().min(kind.min);
    case 'choice':
      return z.enum(kind.values as [string, ...string[]]);
    case 'path':
    case 'inventory':
      return z.string().min(1);
    case 'agents':
      return agents;
  }
}

/** The config file: the shared flags' defaults, every key optional, nothing else allowed. */
export const defaultsFileSchema = z
  .strictObject(Object.fromEntries(SHARED_KEYS.map((k) => [k, typeOf(SHARED_SPECS[k].kind).optional().describe(SHARED_SPECS[k].meaning)])))
  .describe('wezfleet config file (~/.config/wezfleet/config.yaml): defaults for the flags every host command shares');

/** The file's JSON Schema, for editors (the YAML language server) to complete and check. */
export function defaultsJsonSchema(): Record<string, unknown> {
  return { title: 'wezfleet config', ...z.toJSONSchema(defaultsFileSchema, { io: 'input', unrepresentable: 'any' }) };
}
