import { z } from 'zod';
import { ANCHOR_TIERS } from '../profile/anchors.js';
import { checkSettingValue } from '../profile/overrides.js';
import { SETTING_KEYS, isSettingKey } from '../settings/keys.js';

/** Names and addresses end up in tables and ssh's argv: no control characters (newlines) there. */
const printable = z.string().min(1).refine((s) => !/[\x00-\x1f\x7f]/.test(s), 'must not contain control characters (newlines, tabs)');

const settings = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  for (const [key, v] of Object.entries(value)) {
    if (!isSettingKey(key)) {
      ctx.addIssue({ code: 'custom', path: [key], message: `unknown setting; expected one of ${SETTING_KEYS.join(', ')}` });
      continue;
    }
    const problem = checkSettingValue(key, v);
    if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
  }
});

/** Everything a host may say; `defaults` may say the same except its identity. */
const connection = {
  port: z.number().int().min(1).max(65535).optional(),
  user: printable.optional(),
  identity_file: z.string().min(1).optional(),
  proxy_jump: printable.optional(),
  ram: z.number().positive().optional(),
  profile: z.literal([...ANCHOR_TIERS]).optional(),
  config: z.string().min(1).optional(),
  settings: settings.optional(),
  sudo: z.boolean().optional(),
  sudo_user: printable.optional(),
};

export const hostSchema = z.strictObject({
  name: printable,
  host: printable.optional(),
  tags: z.array(printable).optional(),
  ...connection,
});

export const inventorySchema = z.strictObject({
  defaults: z.strictObject({ ...connection, ssh_config: z.string().min(1).optional() }).optional(),
  hosts: z.array(hostSchema).min(1),
  groups: z.record(printable, z.array(printable)).optional(),
});

export type RawInventory = z.infer<typeof inventorySchema>;
export type RawHost = z.infer<typeof hostSchema>;
