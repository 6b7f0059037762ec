import { Refusal, UnknownOutcome } from '../core/errors.js';
import { sha256 } from '../remote/read-config.js';
import { execOptions, factsOf, readConfigInEffect } from './config-in-effect.js';
import { ABSENT_SUFFIX, backupId, backupPathFor, readRemoteFile, writeConfig } from '../remote/write-config.js';
import type { Transport } from '../transport/transport.js';
import type { HostSpec, RunOptions } from './context.js';
import { type OkStatus } from '../core/outcome.js';

export interface RestoreRequest {
  /** Only list the backups. */
  list: boolean;
  /** Which backup to put back (its id, or its full path); the newest when undefined. */
  backup?: string;
}

export interface RestoreDetail {
  config: string;
  realPath: string;
  /** `absent`: the record that apply created the file (restoring it removes the file). */
  backups: { id: string; path: string; absent?: boolean }[];
  restored?: string;
  /** The backup made of the config that the restore replaced. */
  backup?: string;
}

/** Lists wezfleet's backups beside a host's config, or puts one back atomically (backing up the current file first). */
export async function restoreHost(
  t: Transport,
  spec: HostSpec,
  o: RunOptions,
  req: RestoreRequest,
): Promise<{ status: OkStatus; detail: RestoreDetail }> {
  const exec = execOptions(spec, o);
  const facts = await factsOf(t, spec, o);
  const { config } = await readConfigInEffect(t, spec, o, facts);
  if (config.state === 'dangling') {
    throw new Refusal(
      `${config.path} is a symlink to ${config.target}, which does not exist`,
      'restore the link target or remove the link',
    );
  }
  const path = config.state === 'found' ? config.path : config.createAt.path;
  const realPath = config.state === 'found' ? config.realPath : config.createAt.path;
  const backups = config.backups.map((p) => {
    const id = backupId(p);
    return id.endsWith(ABSENT_SUFFIX) ? { id, path: p, absent: true } : { id, path: p };
  });
  const detail: RestoreDetail = { config: path, realPath, backups };
  if (req.list) return { status: 'ok', detail };

  if (!backups.length)
    throw new Refusal(
      `there are no wezfleet backups beside ${path}`,
      'nothing to restore: wezfleet makes one before every change it writes',
      detail,
    );
  const chosen = req.backup === undefined ? backups.at(-1)! : backups.find((b) => b.id === req.backup || b.path === req.backup);
  if (!chosen) {
    throw new Refusal(
      `no backup ${JSON.stringify(req.backup)} beside ${path}`,
      `use one of: ${backups.map((b) => b.id).join(', ')} (wezfleet restore --list)`,
      detail,
    );
  }
  detail.restored = chosen.id;
  if (config.state === 'found' && (!config.writable || !config.dirWritable)) {
    throw new Refusal(
      `${config.realPath} is read-only for ${facts.user}`,
      'restore it where you manage this file, or set sudo: true for this host',
      detail,
    );
  }
  if (chosen.absent && config.state !== 'found') return { status: 'unchanged', detail };
  const content = chosen.absent ? 'absent' : await readRemoteFile(t, chosen.path, exec);
  if (config.state === 'found' && content !== 'absent' && config.sha256 === sha256(content)) return { status: 'unchanged', detail };

  const written = await writeConfig(
    t,
    {
      path,
      realPath,
      content,
      keepBackups: o.keepBackups,
      ...(config.state === 'found'
        ? { expectedSha256: config.sha256, backupPath: backupPathFor(path, o.now()) }
        : { backupPath: backupPathFor(path, o.now(), { absent: true }) }),
    },
    exec,
  );
  const unknown = 'unknown' in written ? written.unknown : undefined;
  o.audit.change({
    host: t.host,
    action: 'restore',
    file: path,
    realPath,
    ...('backup' in written && written.backup ? { backup: written.backup } : {}),
    ...(config.state === 'found' ? { sha256Before: config.sha256 } : {}),
    sha256After: content === 'absent' ? 'absent' : sha256(content),
    ...(unknown ? { outcome: 'unknown' as const, cut: unknown } : 'cut' in written && written.cut ? { cut: written.cut } : {}),
  });
  if (unknown) throw new UnknownOutcome(unknown, detail);
  if ('backup' in written && written.backup) detail.backup = written.backup;
  return { status: 'changed', detail };
}
