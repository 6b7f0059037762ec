import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../../src/core/assets.js';

/** Compiles the test fleet's C programs (init, stand-ins) into dist/test-bin, once per source change. */
export function buildTestBinaries(): Record<string, string> {
  const src = join(packageRoot(), 'test', 'fleet', 'c');
  const out = join(packageRoot(), 'dist', 'test-bin');
  mkdirSync(out, { recursive: true });
  const bins: Record<string, string> = {};
  for (const file of readdirSync(src).filter((f) => f.endsWith('.c'))) {
    const name = basename(file, '.c');
    const bin = join(out, name);
    if (!existsSync(bin) || statSync(bin).mtimeMs < statSync(join(src, file)).mtimeMs) {
      execFileSync('gcc', ['-O2', '-Wall', '-Werror', '-pthread', '-o', bin, join(src, file)], { stdio: 'inherit' });
    }
    bins[name] = bin;
  }
  return bins;
}
