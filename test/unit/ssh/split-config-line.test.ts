import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { splitArgs, splitConfigLine } from '../../../src/ssh/split-config-line.js';
import { parseSshConfigFiles } from '../../../src/ssh/ssh-config-parser.js';
import { resolveWithSshG, resolvedFromOptions } from '../../../src/ssh/ssh-config.js';

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-split-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ssh_config lines as readconf.c splits them', () => {
  it('argv_split: # starts a comment only where a token starts; quotes group; \\ escapes quotes, \\ and space', () => {
    const cases: [string, string[] | undefined][] = [
      ['bob # me', ['bob']],
      ['bob #me', ['bob']],
      ['bob#me', ['bob#me']],
      ['# all of it', []],
      ['"a b" c', ['a b', 'c']],
      ["'a b'", ['a b']],
      ['a"b c"d', ['ab cd']],
      ['"a # b"', ['a # b']],
      ['a\\ b', ['a b']],
      ['"a\\"b"', ['a"b']],
      ['\\#x', ['\\#x']],
      ['a\\b', ['a\\b']],
      ['"a\\ b"', ['a\\ b']],
      ['a\tb', ['a', 'b']],
      ['"open', undefined],
      ['bob # "open', ['bob']],
    ];
    for (const [text, args] of cases) assert.deepEqual(splitArgs(text), args, text);
  });

  it('strdelim: the keyword ends at whitespace or one =, and trailing whitespace goes', () => {
    const args = (line: string) => {
      const l = splitConfigLine(line);
      return l.kind === 'directive' ? [l.keyword, ...l.args] : l.kind;
    };
    assert.deepEqual(args('User bob # me'), ['user', 'bob']);
    assert.deepEqual(args('  User=bob'), ['user', 'bob']);
    assert.deepEqual(args('User = bob'), ['user', 'bob']);
    assert.deepEqual(args('User =bob'), ['user', 'bob']);
    assert.deepEqual(args('User==bob'), ['user', '=bob']);
    assert.deepEqual(args('Port 2222 # ssh \r'), ['port', '2222']);
    assert.deepEqual(args('User # nothing'), ['user']);
    assert.deepEqual(args('#User bob'), 'blank');
    assert.deepEqual(args('   # indented comment'), 'blank');
    assert.deepEqual(args(''), 'blank');
    assert.deepEqual(args('User'), 'odd');
    assert.deepEqual(args('User "open'), 'odd');
    assert.deepEqual(args('"User" bob'), 'odd');
    const proxy = splitConfigLine('ProxyCommand nc %h 22 # "keeps this"  ');
    assert.equal(proxy.kind === 'directive' && proxy.rest, 'nc %h 22 # "keeps this"');
  });

  it('gives the values ssh -G gives, for every spelling it is sure of', async () => {
    const spellings = [
      'User bob # me',
      'User bob#me',
      'User "bob smith"',
      "User 'bob'",
      'User b"o"b',
      'User=bob',
      'User = bob',
      'User==bob',
      'User bob\\ smith',
      'User "bob\\"s"',
      'User bob\\x',
      '\tUser\tbob\t#\tme',
    ];
    let certain = 0;
    for (const [i, line] of spellings.entries()) {
      const file = join(dir, `user-${i}`);
      writeFileSync(file, `Host h\n  ${line}\n`);
      const parsed = parseSshConfigFiles('h', {}, file);
      assert.equal(parsed.certain, true, `${line}: ${parsed.uncertain}`);
      certain++;
      const mine = resolvedFromOptions('h', parsed.options).user;
      assert.equal(mine, (await resolveWithSshG('h', {}, { configFile: file })).user, line);
    }
    assert.equal(certain, spellings.length);
  });

  it('leaves to ssh -G the lines ssh refuses or reads its own way', () => {
    for (const [i, line] of ['User', 'User # none', 'User "open', '"User" bob', 'User a b', 'Port 22 23'].entries()) {
      const file = join(dir, `odd-${i}`);
      writeFileSync(file, `Host h\n  ${line}\n`);
      assert.equal(parseSshConfigFiles('h', {}, file).certain, false, line);
    }
  });
});
