import type { Command } from 'commander';
import { renderHostsReport, type HostRow } from '../../report/hosts-report.js';
import { resolveSsh } from '../../ssh/ssh-config.js';
import { renderJsonDocument } from '../../report/json-report.js';
import { tableLayoutFor } from '../table-layout.js';
import { colourFor } from '../colour.js';
import { addCommonOptions, type CommonFlags, withPatterns } from '../options.js';
import { addHelpFooter } from '../help.js';
import { overridesOf, resolveTargets } from '../targets.js';

const NO_INVENTORY =
  'no inventory (-i FILE, ./inventory.yaml or ~/.config/wezfleet/inventory.yaml): every command works on this machine, without ssh';

/** The resolved selection: what each inventory host becomes after ~/.ssh/config, without connecting. */
export function registerHosts(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('hosts')
    .description('list the selected hosts as they will be reached (after ~/.ssh/config), without connecting');
  addHelpFooter(cmd, [
    "wezfleet hosts -i inventory.yaml --limit 'web:!web03'",
    "wezfleet hosts -i hosts.ini 'web:&gpu' --json",
    "wezfleet hosts -i hosts.ini '~gpu-0[1-4]' --limit @retry.txt",
  ]);
  addCommonOptions(cmd).action(
    withPatterns(async (flags: CommonFlags) => {
      const { inventory, hosts, ssh } = resolveTargets(flags);
      // Without an inventory every command works on this machine: say so, and list it, as the others would.
      if (!inventory || !ssh) {
        process.stderr.write(`wezfleet: ${NO_INVENTORY}\n`);
        const local = { name: 'localhost', local: true as const };
        process.stdout.write(
          flags.json ? renderJsonDocument('hosts', { inventory: null, hosts: [local], unusable: [] }) : `localhost  this machine\n`,
        );
        return;
      }
      for (const note of inventory.notes) process.stderr.write(`wezfleet: ${note}\n`);
      // An inventory with every host commented out is not an error to list: there is nothing in it.
      const source = `${inventory.file} (${inventory.format}, read by ${inventory.reader})`;
      if (!hosts.length) process.stderr.write(`wezfleet: no hosts in ${source}\n`);
      const usable = hosts.filter((h) => !h.unusable);
      const unusable = hosts.filter((h) => h.unusable).map((h) => ({ name: h.name, groups: h.groups, unusable: h.unusable! }));
      const rows = await Promise.all(
        usable.map(async (h): Promise<HostRow> => {
          const r = await resolveSsh(h.address, overridesOf(h), ssh.sshConfig);
          return {
            name: h.name,
            hostname: r.hostname,
            port: r.port,
            user: r.user,
            proxyJump: r.proxyJump,
            tags: h.tags,
            groups: h.groups,
            ...(h.ram !== undefined ? { ram: h.ram } : {}),
            ...(h.profile !== undefined ? { profile: h.profile } : {}),
            ...(h.config !== undefined ? { config: h.config } : {}),
            sudo: h.sudo ? (h.sudoUser ?? 'root') : false,
          };
        }),
      );
      if (flags.json) {
        process.stdout.write(
          renderJsonDocument('hosts', {
            inventory: inventory.file,
            format: inventory.format,
            reader: inventory.reader,
            hosts: rows,
            unusable,
          }),
        );
        if (unusable.length) setExit(1);
        return;
      }
      if (hosts.length)
        process.stdout.write(
          renderHostsReport(
            rows,
            unusable,
            source,
            tableLayoutFor(process.stdout, { ...flags, colour: colourFor(process.stdout, flags.settings.color.value) }),
          ),
        );
      // Each unusable host fails as it would in any other command: exit 1, the others listed.
      for (const u of unusable) process.stderr.write(`wezfleet: ${u.unusable}\n`);
      if (unusable.length) setExit(1);
    }),
  );
}
