import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli.js';

let dir: string;
let bashScript: string;
let zshScript: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wezfleet-completion-'));
  const env = { HOME: dir };
  bashScript = join(dir, 'wezfleet.bash');
  zshScript = join(dir, '_wezfleet');
  const bash = await runCli(['completion', 'bash'], env);
  const zsh = await runCli(['completion', 'zsh'], env);
  assert.equal(bash.code, 0, bash.stderr);
  assert.equal(zsh.code, 0, zsh.stderr);
  writeFileSync(bashScript, bash.stdout);
  writeFileSync(zshScript, zsh.stdout);
  writeFileSync(join(dir, 'inventory.yaml'), 'hosts: []\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** What bash offers for the words typed so far (the last one is being completed). */
function complete(...words: string[]): string[] {
  const array = words.map((w) => `'${w}'`).join(' ');
  const out = execFileSync(
    'bash',
    ['-c', `source ${bashScript}; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _wezfleet; printf '%s\\n' "\${COMPREPLY[@]}"`],
    { cwd: dir, encoding: 'utf8' },
  );
  return out.split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it("completes commands, each command's own flags, choices and files", () => {
    assert.deepEqual(complete('wezfleet', 're'), ['restore', 'render', 'restart', 'rescue']);
    assert.deepEqual(complete('wezfleet', 'plan', '--det'), ['--detailed-exitcode']);
    assert.deepEqual(complete('wezfleet', 'apply', '--only'), ['--only-drifted']);
    assert.deepEqual(complete('wezfleet', 'plan', '--only'), [], 'plan has no --only-drifted');
    assert.deepEqual(complete('wezfleet', 'plan', '--log-level', 'de'), ['debug']);
    assert.deepEqual(complete('wezfleet', 'status', '--host-key-policy', ''), ['strict', 'accept-new', 'off']);
    assert.deepEqual(complete('wezfleet', 'plan', '-i', 'inv'), ['inventory.yaml']);
    assert.deepEqual(complete('wezfleet', 'plan', '--ram', ''), [], 'a number is not completed from the flags');
    assert.deepEqual(complete('wezfleet', 'completion', ''), ['bash', 'zsh', '-h', '--help']);
    assert.deepEqual(complete('wezfleet', 'con'), ['config']);
    assert.deepEqual(complete('wezfleet', 'config', '--ke'), ['--keep-backups']);
    assert.deepEqual(complete('wezfleet', 'config', '--li'), [], 'config selects no hosts');
  });
});

describe('zsh completion', () => {
  it('is valid zsh', () => {
    execFileSync('zsh', ['-n', zshScript]);
  });

  it('hands each command its own _arguments spec, with choices and files', () => {
    // _arguments and _describe replaced by stand-ins that print what they were given.
    const run = (words: string[]) =>
      execFileSync(
        'zsh',
        [
          '-f',
          '-c',
          [
            '_arguments() { print -l -- "$@" }',
            '_describe() { print -l -- "${(P)2[@]}" }',
            'compdef() { }',
            `source ${zshScript}`,
            `words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}`,
            '_wezfleet',
          ].join('\n'),
        ],
        { encoding: 'utf8' },
      );
    assert.match(run(['wezfleet', '']), /^plan:show what apply would change on each host$/m);
    const plan = run(['wezfleet', 'plan', '--']);
    assert.match(plan, /^--detailed-exitcode\[exit 3 when every host is ok and some would change\]$/m);
    assert.match(plan, /^--log-level\[stderr log level\]:value:\(silent error warn info debug trace\)$/m);
    assert.match(plan, /^\(-i --inventory\)-i\[a wezfleet or Ansible inventory\]:file:_files$/m);
    assert.doesNotMatch(plan, /only-drifted/);
    assert.match(run(['wezfleet', 'apply', '--']), /^--only-drifted\[/m);
  });
});
