import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { installHint } from '../../../src/remote/rescue-install.js';
import { remoteScript } from '../../../src/remote/run-script.js';

describe('installing reptyr and tmux: one table for the hint and for --install', () => {
  it('prints, per package manager, the commands --install runs', () => {
    assert.equal(installHint('yum'), 'sudo yum install -y epel-release && sudo yum install -y reptyr tmux');
    assert.equal(installHint('pacman'), 'sudo pacman -S --noconfirm --needed reptyr tmux');
    assert.equal(installHint(undefined), "install reptyr and tmux with the host's package manager");
  });

  it('runs each command in turn, every word passed as it is, and stops at the first that fails', () => {
    const run = (...args: string[]) => execFileSync('dash', ['-c', remoteScript('rescue-install'), 'sh', ...args], { encoding: 'utf8' });
    const seen = join(mkdtempSync(join(tmpdir(), 'wezfleet-install-')), 'words');
    run('sh', '-c', 'printf "%s|" "$@" > "$0"', seen, 'a b', '$(id)', '";x', '--', 'true');
    assert.equal(readFileSync(seen, 'utf8'), 'a b|$(id)|";x|');
    assert.throws(() => run('false', '--', 'sh', '-c', 'echo never >&2'), /could not install reptyr and tmux/);
  });
});
