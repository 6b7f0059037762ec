import { MAX_INVENTORY_HOSTS } from './limits.js';
import { z } from 'zod';
import { ANCHOR_TIERS } from '../profile/anchors.js';
import { checkSettingValue } from '../profile/overrides.js';
import { SETTING_KEYS, SETTING_SPECS, isSettingKey } from '../core/settings.js';

/** Names and addresses end up in tables and ssh's argv: no control characters (newlines) there. */
const printable = z
  .string()
  .min(1)
  .refine((s) => !/[\x00-\x1f\x7f]/.test(s), 'must not contain control characters (newlines, tabs)');

const settings = z
  .record(z.string(), z.unknown())
  .superRefine((value, ctx) => {
    for (const [key, v] of Object.entries(value)) {
      if (!isSettingKey(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `unknown setting; expected one of ${SETTING_KEYS.join(', ')}` });
        continue;
      }
      const problem = checkSettingValue(key, v);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
    }
  })
  .meta({ id: 'settings' });

/** Everything a host may say; `defaults` may say the same except its identity. */
const connection = {
  port: z.number().int().min(1).max(65535).optional().describe('SSH port (default: ~/.ssh/config, else 22)'),
  user: printable.optional().describe('SSH login name (default: ~/.ssh/config, else your local user name)'),
  identity_file: z.string().min(1).optional().describe("private key to log in with, after ssh-agent's keys"),
  proxy_jump: printable.optional().describe('jump host(s) as for ssh -J: [user@]host[:port][,...]'),
  transport: z
    .enum(['auto', 'ssh2', 'openssh'])
    .optional()
    .describe("how to reach the host: ssh2 (built in), openssh (the system's ssh), auto (openssh only where ssh2 cannot)"),
  ram: z.number().positive().optional().describe('installed RAM in GiB, instead of detecting it'),
  profile: z
    .literal([...ANCHOR_TIERS])
    .optional()
    .describe("one of the guide's fixed tiers instead of interpolating"),
  config: z.string().min(1).optional().describe('the config file to manage, instead of the one WezTerm would load'),
  settings: settings.optional(),
  sudo: z.boolean().optional().describe('run everything on the host through sudo'),
  sudo_user: printable.optional().describe('with sudo: the user to become (default root)'),
};

export const hostSchema = z.strictObject({
  name: printable.describe("the host's name in reports and --limit; also its address unless host is given"),
  host: printable.optional().describe('the address to connect to (IP, DNS name or ~/.ssh/config alias)'),
  tags: z.array(printable).optional().describe('labels for --limit tag:NAME'),
  ...connection,
});

export const inventorySchema = z
  .strictObject({
    defaults: z
      .strictObject({
        ...connection,
        ssh_config: z.string().min(1).optional().describe('an ssh_config to use instead of ~/.ssh/config (like ssh -F)'),
      })
      .optional()
      .describe('values every host gets unless it says otherwise'),
    hosts: z
      .array(hostSchema)
      .max(MAX_INVENTORY_HOSTS, { error: `more hosts than ${MAX_INVENTORY_HOSTS.toLocaleString('en-US')}, more than wezfleet reads` }),
    groups: z.record(printable, z.array(printable)).optional().describe('named sets of host names, for --limit group:NAME or --limit NAME'),
  })
  .describe('wezfleet inventory: the hosts whose WezTerm mux servers wezfleet tunes');

export type RawInventory = z.infer<typeof inventorySchema>;

/**
 * The inventory's JSON Schema, for editors (the YAML language server) to complete and check. The
 * settings are spelled out from SETTING_SPECS, whose limits the zod refinement checks at run time.
 */
export function inventoryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(inventorySchema, { io: 'input', unrepresentable: 'any' }) as { $defs?: Record<string, unknown> };
  schema.$defs = {
    ...schema.$defs,
    settings: {
      description: "Overrides of the computed profile, under WezTerm's own key names (whole numbers)",
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        SETTING_KEYS.map((k) => {
          const spec = SETTING_SPECS[k];
          return [
            k,
            {
              type: 'integer',
              minimum: spec.min,
              maximum: spec.max,
              description: `default ${spec.default}, read by ${spec.readBy}: ${spec.why}`,
            },
          ];
        }),
      ),
    },
  };
  return { title: 'wezfleet inventory', ...schema };
}
