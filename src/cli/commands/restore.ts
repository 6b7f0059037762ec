import type { Command } from 'commander';
import { restoreHost } from '../../host/restore-host.js';
import { isOk } from '../../core/outcome.js';
import { renderJson } from '../../report/json-report.js';
import { renderBackupList, renderRestoreReport } from '../../report/restore-report.js';
import { confirmChange } from '../confirm.js';
import { exitCodeFor } from '../exit-code.js';
import { addHelpFooter } from '../help.js';
import { addCommonOptions, addWriteOptions, type CommonFlags, type WriteFlags, withPatterns } from '../options.js';
import { openSession } from '../session.js';

interface RestoreFlags extends CommonFlags, WriteFlags {
  list?: boolean;
  backup?: string;
  config?: string;
}

export function registerRestore(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('restore')
    .description('list the backups beside each config, or put one back (the newest by default), backing up the current file first')
    .option('--list', 'only list the backups')
    .option('--backup <id>', 'the backup to put back (an id from --list, or its path)')
    .option('--config <path>', 'the config file whose backups to use, instead of the one WezTerm would load');
  addHelpFooter(cmd, [
    'wezfleet restore --list -i inventory.yaml',
    'wezfleet restore -i inventory.yaml --limit web03 --yes               # the newest backup',
    'wezfleet restore -i inventory.yaml --backup 20261123T200501.123Z --yes',
  ]);
  addWriteOptions(addCommonOptions(cmd)).action(
    withPatterns(async (flags: RestoreFlags) => {
      const session = openSession(flags);
      try {
        const listed = await session.forEachHost((t, spec) => restoreHost(t, spec, session.run, { list: true }));
        if (flags.list) {
          process.stdout.write(session.json ? renderJson('restore --list', listed) : renderBackupList(listed, session.table));
          setExit(exitCodeFor(listed));
          return;
        }
        const ready = listed.filter((o) => isOk(o) && o.detail.backups.length);
        const which = flags.backup ?? 'the newest backup';
        if (
          ready.length &&
          !(await confirmChange(
            `Restore ${which} on ${ready.length} host${ready.length === 1 ? '' : 's'} (${ready
              .map((o) => o.host)
              .slice(0, 5)
              .join(', ')})?`,
            { yes: Boolean(flags.yes), what: 'restore' },
          ))
        ) {
          process.stderr.write('wezfleet: nothing restored\n');
          return;
        }
        const request = flags.backup === undefined ? { list: false } : { list: false, backup: flags.backup };
        const outcomes = await session.forEachHost((t, spec) => restoreHost(t, spec, session.run, request));
        process.stdout.write(session.json ? renderJson('restore', outcomes) : renderRestoreReport(outcomes, session.table));
        setExit(exitCodeFor(outcomes));
      } finally {
        await session.dispose();
      }
    }),
  );
}
