import type { Command } from 'commander';
import { renderBlock } from '../../config/block.js';
import { describeBasis } from '../../profile/compute-profile.js';
import { resolveProfile } from '../../host/resolve-profile.js';
import { gatherFacts } from '../../remote/facts.js';
import { LocalTransport } from '../../transport/local.js';
import { UsageError } from '../../core/errors.js';
import { renderJsonDocument } from '../../report/json-report.js';
import { addProfileOptions, parseProfileFlags, type ProfileFlags } from '../options.js';
import { addHelpFooter } from '../help.js';

interface RenderFlags extends ProfileFlags {
  json?: boolean;
  var: string;
}

/** The block alone, for configs managed elsewhere (chezmoi, Ansible, Nix). Detects this machine's RAM without --ram. */
export function registerRender(program: Command): void {
  const cmd = program
    .command('render')
    .description('print the managed block alone, for dotfiles managed with chezmoi, Ansible or Nix')
    .option('--var <name>', 'the Lua variable holding your config table', 'config')
    .option('--json', 'print settings and block as JSON');
  addHelpFooter(cmd, ['wezfleet render --ram 256 >> dotfiles/wezterm/tuning.lua', 'wezfleet render --profile 128 --var cfg --json']);
  addProfileOptions(cmd).action(async (flags: RenderFlags) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(flags.var))
      throw new UsageError(`--var: expected a Lua name such as config, got ${JSON.stringify(flags.var)}`);
    const parsed = parseProfileFlags(flags);
    // This machine's RAM, unless --ram says it.
    const ramFacts = parsed.ram === undefined ? (await gatherFacts(new LocalTransport(), { timeoutMs: 30_000 })).ram : {};
    const { ram, profile } = resolveProfile({ name: 'localhost' }, parsed, ramFacts);
    const block = renderBlock({ ident: flags.var, profile, ram });
    const text = block.lines.join('\n') + '\n';
    if (flags.json) {
      const out = {
        ram: { gib: ram.ramGiB, source: ram.source },
        profile: { basis: describeBasis(profile.basis), settings: profile.settings, setByHand: profile.overridden },
        blockHash: block.hash,
        block: text,
      };
      process.stdout.write(renderJsonDocument('render', out));
    } else {
      process.stdout.write(text);
    }
  });
}
