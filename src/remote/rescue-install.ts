import { UnknownOutcome } from '../core/errors.js';
import type { Transport } from '../transport/transport.js';
import { runChange, type RemoteOptions } from './run-script.js';

/**
 * How each package manager installs reptyr and tmux, without a question: the one table both the
 * fix wezfleet prints (installHint) and rescue --install (installTools) are made from.
 */
const INSTALL: Record<string, string[][]> = {
  'apt-get': [['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', 'reptyr', 'tmux']],
  dnf: [['dnf', 'install', '-y', 'reptyr', 'tmux']],
  yum: [
    ['yum', 'install', '-y', 'epel-release'],
    ['yum', 'install', '-y', 'reptyr', 'tmux'],
  ],
  zypper: [['zypper', 'install', '-y', 'reptyr', 'tmux']],
  pacman: [['pacman', '-S', '--noconfirm', '--needed', 'reptyr', 'tmux']],
  apk: [['apk', 'add', 'reptyr', 'tmux']],
};

/** The commands to type on the host, for the fix of a rescue that lacks its tools. */
export function installHint(packageManager: string | undefined): string {
  const commands = packageManager ? INSTALL[packageManager] : undefined;
  if (!commands) return "install reptyr and tmux with the host's package manager";
  return commands.map((argv) => `sudo ${argv.join(' ')}`).join(' && ');
}

/**
 * Installs reptyr and tmux as root (rescue --install). A package manager cut half-way can leave the
 * host's packages broken: a cancel lets it finish, and a cut otherwise is `unknown`.
 */
export async function installTools(t: Transport, packageManager: string, o: RemoteOptions): Promise<void> {
  const commands = INSTALL[packageManager];
  if (!commands) throw new Error(`no way known to install reptyr and tmux with ${packageManager}`);
  const args = commands.flatMap((argv, i) => (i ? ['--', ...argv] : argv));
  const install = await runChange(t, 'rescue-install', args, { ...o, sudo: 'root', timeoutMs: o.timeoutMs + 300_000 });
  if (install.cut) throw new UnknownOutcome(`installing reptyr and tmux: ${install.cut.message}`);
}
