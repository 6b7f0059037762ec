import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Command } from 'commander';
import { buildProgram, packageVersion } from '../../../src/cli/program.js';
import { renderManPage } from '../../../src/cli/man-page.js';
import { MAN_PAGE_FILE, currentManPage } from '../../../src/cli/write-man.js';
import { SHARED_KEYS, SHARED_SPECS } from '../../../src/defaults/shared-settings.js';

const program = buildProgram(() => undefined);
const page = renderManPage(program, packageVersion());
/** The page as a reader sees its words: roff's minus signs as plain dashes, font changes gone. */
const words = page.replace(/\\-/g, '-').replace(/\\f[BIR]/g, '');

const flagsOf = (cmd: Command) => cmd.options.flatMap((o) => [o.short, o.long].filter((f): f is string => Boolean(f)));

describe('the man page', () => {
  it('is the one the build wrote from the command tree (dist/man/wezfleet.1, which the package installs)', () => {
    assert.equal(readFileSync(MAN_PAGE_FILE, 'utf8'), currentManPage());
  });

  it('names every command, with its usage', () => {
    assert.ok(program.commands.length >= 10);
    for (const cmd of program.commands) assert.ok(words.includes(`.SS "wezfleet ${cmd.name()} ${cmd.usage()}"`), cmd.name());
  });

  it('names every flag of every command, and of wezfleet itself, as a reader can copy it', () => {
    const all = new Set([...flagsOf(program), ...program.commands.flatMap(flagsOf), '-h', '--help']);
    for (const flag of all) assert.match(words, new RegExp(`(^|[ ,])${flag.replace(/-/g, '\\-')}([ ,.\\n]|$)`, 'm'), flag);
    // A copied flag must be a real hyphen-minus: roff's \- in the source, never a bare - (a hyphen).
    assert.ok(!/\\fB-/.test(page), 'a flag set with a bare hyphen');
  });

  it("lists each command's examples, the config file's keys, their variables and the exit codes", () => {
    assert.match(words, /\$ wezfleet apply -i inventory\.yaml --only-drifted --batch 10% --max-fail 2 --yes/);
    assert.match(words, /\$ wezfleet config --timeout 60 --json/);
    for (const key of SHARED_KEYS) {
      assert.match(words, new RegExp(`^\\.TP\\n${key}\\n`, 'm'), key);
      const env = SHARED_SPECS[key].env;
      if (env) assert.match(words, new RegExp(`^\\.TP\\n${env}\\n`, 'm'), env);
    }
    assert.match(words, /^\.SH EXIT STATUS\n\.TP\n0\nevery host ok\n/m);
    assert.match(words, /^\.TP\n130, 143\n/m);
  });
});
