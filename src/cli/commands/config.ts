import type { Command } from 'commander';
import { findInventorySource } from '../../inventory/find-inventory.js';
import { renderConfigJson, renderConfigReport } from '../../report/config-report.js';
import { tableLayoutFor } from '../table-layout.js';
import { colourFor } from '../colour.js';
import { addLocalHelpFooter } from '../help.js';
import { addAllSettingOptions } from '../options.js';
import { settingsOf } from '../settings.js';

/** The shared settings in effect, each with where it came from: what a run with the same flags would use. */
export function registerConfig(program: Command): void {
  const cmd = program
    .command('config')
    .description(
      'show the shared settings in effect and where each came from: a flag, the environment, the config file (~/.config/wezfleet/config.yaml) or the default',
    )
    .option('--json', 'print the settings as JSON');
  addLocalHelpFooter(
    cmd,
    [
      'wezfleet config',
      'wezfleet config --timeout 60 --json',
      'WEZFLEET_CONFIG=/dev/null wezfleet config      # as if there were no config file',
    ],
    'usage error, or an invalid config file or WEZFLEET_* variable (each problem as FILE: key: message)',
  );
  addAllSettingOptions(cmd).action((flags: { json?: boolean }, c: Command) => {
    const { merged, location, file } = settingsOf(c);
    // Without an inventory set, the one a host command would find by itself.
    const found = merged.inventory.value === undefined ? findInventorySource(undefined) : undefined;
    const view = {
      file: { path: location.path, exists: file !== undefined, named: location.named },
      settings: merged,
      ...(found?.kind === 'path' ? { inventoryFound: found.path } : {}),
    };
    process.stdout.write(
      flags.json
        ? renderConfigJson(view)
        : renderConfigReport(view, tableLayoutFor(process.stdout, { colour: colourFor(process.stdout, merged.color.value) })),
    );
  });
}
