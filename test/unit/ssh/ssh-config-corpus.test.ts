/**
 * Real ssh_config files from public dotfiles repositories (test/corpus/ssh_config, sources, commits
 * and licences in its SOURCES.md). For every Host alias in each file (a wildcard pattern stands for
 * one name it matches) and one alias no Host line names, the parser's answer, where it claims to be
 * certain, is compared key by key with `ssh -G -F FILE ALIAS`; where it finds an option ssh does not
 * know, ssh must stop at the same line. Where it is unsure it answers nothing here: resolveSsh asks
 * ssh -G then, and a config with `Match exec` never goes to ssh -G in this test, as ssh would run the
 * command while reading it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packageRoot } from '../../../src/core/assets.js';
import { splitConfigLine } from '../../../src/ssh/split-config-line.js';
import { parseSshConfigFiles } from '../../../src/ssh/ssh-config-parser.js';
import { resolveWithSshG, resolvedFromOptions, type ResolvedSsh } from '../../../src/ssh/ssh-config.js';

const corpus = join(packageRoot(), 'test', 'corpus', 'ssh_config');
const files = readdirSync(corpus)
  .filter((f) => f !== 'SOURCES.md')
  .sort();
const UNMATCHED = 'wezfleet-corpus-unmatched';

/** The figures recorded in SOURCES.md: a change in the parser or the corpus that moves them is seen. */
const RECORDED = { files: 18, aliases: 117, certain: 87, keysAgreed: 1311, refused: 1, uncertain: 29 };

/** The aliases a file names: its Host patterns, a wildcard one made into a name it matches. */
function aliasesOf(text: string): string[] {
  const names = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = splitConfigLine(raw);
    if (line.kind !== 'directive' || line.keyword !== 'host') continue;
    for (const p of line.args) if (!p.startsWith('!') && p !== '*') names.add(p.replaceAll('*', 'x1').replaceAll('?', '7'));
  }
  return [...names, UNMATCHED];
}

let home: string | undefined;
let scratch: string;
before(() => {
  const version = spawnSync('ssh', ['-V'], { encoding: 'utf8' });
  assert.equal(version.error, undefined, 'ssh (openssh-client) must be installed: this test compares the parser with ssh -G');
  // ssh's Include expands ~ from $HOME: an empty one keeps the corpus off the real ~/.ssh.
  scratch = mkdtempSync(join(tmpdir(), 'wezfleet-ssh-corpus-'));
  home = process.env.HOME;
  process.env.HOME = scratch;
});
after(() => {
  process.env.HOME = home;
  rmSync(scratch, { recursive: true, force: true });
});

describe('real ssh_config files, as ssh -G reads them', () => {
  it('agrees with ssh -G on every key wezfleet uses, wherever the parser claims to be sure', async () => {
    const counts = { files: files.length, aliases: 0, certain: 0, keysAgreed: 0, refused: 0, uncertain: 0 };
    const disagreements: string[] = [];
    for (const name of files) {
      const file = join(corpus, name);
      const text = readFileSync(file, 'utf8');
      const runsCommands = /^\s*match\b.*\bexec\b/im.test(text);
      for (const alias of aliasesOf(text)) {
        counts.aliases++;
        const parsed = parseSshConfigFiles(alias, {}, file);
        if (!parsed.certain) {
          counts.uncertain++;
          continue;
        }
        assert.equal(runsCommands, false, `${name}: a Match exec config must be left to ssh -G`);
        const ssh = await resolveWithSshG(alias, {}, { configFile: file }).catch((err: Error) => err);
        if (parsed.badOption) {
          const where = `${file}: line ${parsed.badOption.line}: Bad configuration option: ${parsed.badOption.keyword.toLowerCase()}`;
          if (ssh instanceof Error && ssh.message.includes(where)) counts.refused++;
          else disagreements.push(`${name} ${alias}: the parser refuses (${where}), ssh -G does not`);
          continue;
        }
        if (ssh instanceof Error) {
          disagreements.push(`${name} ${alias}: ssh -G refuses (${ssh.message}), the parser does not`);
          continue;
        }
        counts.certain++;
        const mine = resolvedFromOptions(alias, parsed.options);
        for (const key of new Set([...Object.keys(ssh), ...Object.keys(mine)]) as Set<keyof ResolvedSsh>) {
          try {
            assert.deepEqual(mine[key], ssh[key]);
            counts.keysAgreed++;
          } catch {
            disagreements.push(`${name} ${alias} ${key}: parser ${JSON.stringify(mine[key])}, ssh -G ${JSON.stringify(ssh[key])}`);
          }
        }
      }
    }
    assert.deepEqual(disagreements, []);
    assert.deepEqual(counts, RECORDED);
  });
});
