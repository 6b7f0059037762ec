import assert from 'node:assert/strict';
import type { ScriptName } from '../../src/remote/run-script.js';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { configFileFromCmdline, parseFacts } from '../../src/remote/facts.js';
import { shCommand, shQuote } from '../../src/core/quote.js';
import { parseRecords } from '../../src/remote/records.js';
import { backupId, backupPathFor } from '../../src/remote/write-config.js';
import { requestLine } from '../../src/remote/facts-write.js';
import { readAsset } from '../../src/core/assets.js';

describe('shQuote', () => {
  const hostile = ["it's", '$(touch /tmp/pwned)', '`id`', 'a b\nc', '*', '"; rm -rf ~; "', '-n', '\\', ''];
  for (const value of hostile) {
    it(`passes ${JSON.stringify(value)} through sh unchanged`, () => {
      const out = execFileSync('/bin/sh', ['-c', `printf '%s' ${shQuote(value)}`]);
      assert.equal(out.toString(), value);
    });
  }

  it('refuses NUL', () => assert.throws(() => shQuote('a\0b'), /NUL/));

  it('builds sh -c commands whose arguments arrive intact', () => {
    const out = execFileSync('/bin/sh', ['-c', shCommand('printf "[%s]" "$@"', ['a b', "c'd", '$(x)'])]);
    assert.equal(out.toString(), "[a b][c'd][$(x)]");
  });
});

describe("apply's write request on the held channel", () => {
  const hostile = ["it's", '$(touch /tmp/pwned)', '`id`', 'a b\nc', '\n', '*', '"; rm -rf ~; "', '-n', '\\', '', 'x\r\ny'];
  it('arrives through two-step-resume.sh as the same arguments, in one line, leaving the content after it', () => {
    // two-step-resume.sh as apply runs it: after the facts, stdin kept on fd 5 by hold.sh.
    const script = `wezfleet_two_step=SECRET; exec 5<&0; ${readAsset('remote/sh/two-step-resume.sh')}\nprintf '[%s]' "$@"; printf '|'; cat`;
    const out = execFileSync('/bin/sh', ['-c', script], { input: requestLine(hostile) + 'CONTENT\nbytes' });
    assert.equal(out.toString(), '\0wezfleet-step-SECRET\0' + hostile.map((v) => `[${v}]`).join('') + '|CONTENT\nbytes');
  });

  it('is one line whatever the values hold', () => {
    const line = requestLine(hostile);
    assert.equal(line.indexOf('\n'), line.length - 1);
  });

  it('ends the script without writing when the client sends nothing', () => {
    const script = `wezfleet_two_step=S; exec 5<&0; ${readAsset('remote/sh/two-step-resume.sh')}\necho WROTE`;
    assert.equal(execFileSync('/bin/sh', ['-c', script], { input: '' }).toString(), '\0wezfleet-step-S\0');
  });
});

describe('records', () => {
  it('parses a binary record by its count, and drops it when its end is not where the count says', () => {
    const record = (bytes: string, count: number) => Buffer.from(`a\0one\0mod#\0${count}\0${bytes}mod.end\0\0b\0two\0content\0tail`);
    const whole = parseRecords(record('x\0y\0z', 5));
    assert.equal(whole.bytes.get('mod')?.toString(), 'x\0y\0z', 'NULs inside pass');
    assert.deepEqual([whole.get('a'), whole.get('b'), whole.content?.toString()], ['one', 'two', 'tail']);
    for (const count of [4, 9]) {
      const changed = parseRecords(record('x\0y\0z', count));
      assert.equal(changed.bytes.has('mod'), false, `a count of ${count} for 5 bytes`);
      assert.equal(changed.get('mod.changed'), '1');
      assert.deepEqual([changed.get('b'), changed.content?.toString()], ['two', 'tail'], 'the records after it still parse');
    }
  });

  it('parses NUL records and raw content after them', () => {
    const buf = Buffer.concat([Buffer.from('a\0one\0b\0two\0a\0three\0content\0'), Buffer.from([0, 1, 2, 0xff])]);
    const r = parseRecords(buf);
    assert.deepEqual(r.all.get('a'), ['one', 'three']);
    assert.equal(r.get('b'), 'two');
    assert.deepEqual([...r.content!], [0, 1, 2, 0xff]);
  });
});

describe('facts', () => {
  it("prefers the running mux's environment and finds its --config-file", () => {
    const out = Buffer.from(
      [
        'os',
        'Linux',
        'hostname',
        'h1',
        'user',
        'u',
        'uid',
        '1000',
        'home',
        '/home/u',
        'env.XDG_CONFIG_HOME',
        '/home/u/.cfg',
        'meminfo',
        'MemTotal: 1048576 kB',
        'runtime',
        '/run/user/1000/wezterm',
        'mux.pid',
        '4242',
        'mux.cmdline',
        'wezterm-mux-server\x01--daemonize\x01--config-file=/etc/w.lua',
        'mux.environ',
        'HOME=/home/u\x01WEZTERM_CONFIG_FILE=/srv/x.lua\x01XDG_CONFIG_HOME=/m',
      ].join('\0') + '\0',
    );
    const f = parseFacts(out);
    assert.deepEqual(f.login, { home: '/home/u', XDG_CONFIG_HOME: '/home/u/.cfg' });
    assert.deepEqual(f.mux, {
      pid: 4242,
      env: { home: '/home/u', WEZTERM_CONFIG_FILE: '/srv/x.lua', XDG_CONFIG_HOME: '/m', configFileArg: '/etc/w.lua' },
      keepEnv: ['WEZTERM_CONFIG_FILE=/srv/x.lua', 'XDG_CONFIG_HOME=/m'],
      environ: { HOME: '/home/u', WEZTERM_CONFIG_FILE: '/srv/x.lua', XDG_CONFIG_HOME: '/m' },
    });
    assert.equal(f.ram.meminfo, 'MemTotal: 1048576 kB');
  });

  it('reads --config-file in both spellings', () => {
    assert.equal(configFileFromCmdline('x\x01--config-file\x01/a b.lua'), '/a b.lua');
    assert.equal(configFileFromCmdline('x\x01--daemonize'), undefined);
  });
});

describe('backup names', () => {
  it('sort by time and give back their id', () => {
    const a = backupPathFor('/h/.wezterm.lua', new Date('2026-11-23T20:05:01.123Z'));
    assert.equal(a, '/h/.wezterm.lua.wezfleet-backup-20261123T200501.123Z');
    assert.equal(backupId(a), '20261123T200501.123Z');
    const b = backupPathFor('/h/.wezterm.lua', new Date('2026-11-24T01:00:00.000Z'));
    assert.ok(a < b);
  });
});

describe('remote scripts', () => {
  it('each one, with the library parts it declares, is valid POSIX sh (dash -n)', async () => {
    const { execFileSync } = await import('node:child_process');
    const { remoteScript, SCRIPTS } = await import('../../src/remote/run-script.js');
    for (const name of Object.keys(SCRIPTS) as ScriptName[]) {
      execFileSync('dash', ['-n'], { input: remoteScript(name) });
    }
  });
});
