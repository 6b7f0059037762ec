/** A build step (npm run build): writes dist/man/wezfleet.1, which package.json's "man" installs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../core/assets.js';
import { renderManPage } from './man-page.js';
import { buildProgram, packageVersion } from './program.js';

export const MAN_PAGE_FILE = join(packageRoot(), 'dist', 'man', 'wezfleet.1');

export function currentManPage(): string {
  return renderManPage(
    buildProgram(() => undefined),
    packageVersion(),
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, '/dist/'))) {
  mkdirSync(dirname(MAN_PAGE_FILE), { recursive: true });
  writeFileSync(MAN_PAGE_FILE, currentManPage());
}
