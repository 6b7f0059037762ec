// The shell half of the lint gate: every remote script, assembled as run-script.ts sends it (the
// library parts it declares, then itself), checked by shellcheck as POSIX sh: its warnings and
// errors (its "info" notes flag idioms, such as `a && b || c`, that the scripts use knowingly).
// Library functions a given script does not call are not "unreachable" (SC2317).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sh = join(import.meta.dirname, '..', 'src', 'remote', 'sh');
const needs = (text) => /^# needs:(.*)$/m.exec(text)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
const lib = (name) => readFileSync(join(sh, 'lib', `${name}.sh`), 'utf8');
const ORDER = ['records', 'hash', 'ids', 'mux', 'reload', 'config', 'ptrace'];
function libraryFor(names) {
  const wanted = new Set();
  const add = (n) => {
    if (wanted.has(n)) return;
    wanted.add(n);
    needs(lib(n)).forEach(add);
  };
  names.forEach(add);
  return ORDER.filter((n) => wanted.has(n));
}

const dir = mkdtempSync(join(tmpdir(), 'wezfleet-shellcheck-'));
try {
  const files = readdirSync(sh).filter((f) => f.endsWith('.sh'));
  for (const f of files) {
    const text = readFileSync(join(sh, f), 'utf8');
    writeFileSync(join(dir, f), ['#!/bin/sh', ...libraryFor(needs(text)).map(lib), text].join('\n'));
  }
  execFileSync('shellcheck', ['-s', 'sh', '-S', 'warning', '-e', 'SC2317', ...files.map((f) => join(dir, f))], { stdio: 'inherit' });
} catch (err) {
  if (err.code === 'ENOENT') console.error('shellcheck is not installed (Debian: apt-get install shellcheck)');
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
