// Bundles the compiled CLI (dist/src) into dist/bundle/wezfleet.mjs, which bin/wezfleet runs: Node
// loads one file instead of about 350 (zod, yaml, commander and wezfleet's own), which takes 0.1 s
// off every run. The packages below stay outside: ssh2 finds its optional addons by __dirname,
// wasmoon its .wasm beside itself, pino its worker files; the rest load only when a run needs them.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/src/cli/main.js'],
  outfile: 'dist/bundle/wezfleet.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['ssh2', 'wasmoon', 'pino', 'pino-pretty', '@inquirer/*', 'diff'],
  // CommonJS packages inside an ES module bundle call require().
  banner: { js: "import { createRequire as wezfleetRequire } from 'node:module';\nconst require = wezfleetRequire(import.meta.url);" },
  logLevel: 'warning',
});
