import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root (where package.json is), whether running from src/ or the compiled dist/src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('wezfleet: cannot find its package root');
    dir = up;
  }
  return dir;
}

/** A non-TypeScript file shipped under src/ (Lua sources), by its path relative to src/. */
export function assetPath(relative: string): string {
  return join(packageRoot(), 'src', relative);
}

export function readAsset(relative: string): string {
  return readFileSync(assetPath(relative), 'utf8');
}
