/**
 * Import rules for src/ (npm test runs them): no cycles, and layers that point one way.
 *   core (shared types and helpers)
 *   < profile, ram, lua, config, transport, ssh, openssh, remote, inventory, defaults, mux, log, run (the parts)
 *   < host (one use case per command, per host) < report (tables, JSON) < cli (parses, asks, prints)
 */
const parts = '^src/(profile|ram|lua|config|transport|ssh|openssh|remote|inventory|defaults|mux|log|run)/';
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: { path: '^src' }, to: { circular: true } },
    { name: 'core-is-the-bottom', severity: 'error', from: { path: '^src/core/' }, to: { path: '^src/', pathNot: '^src/core/' } },
    { name: 'parts-below-host', severity: 'error', from: { path: parts }, to: { path: '^src/(host|report|cli)/' } },
    { name: 'host-below-report', severity: 'error', from: { path: '^src/host/' }, to: { path: '^src/(report|cli)/' } },
    { name: 'report-below-cli', severity: 'error', from: { path: '^src/report/' }, to: { path: '^src/cli/' } },
    {
      name: 'no-orphans',
      severity: 'error',
      from: {
        orphan: true,
        path: '^src/',
        pathNot: [
          '\\.d\\.ts$',
          '^src/lua/lua-worker\\.ts$',
          '^src/openssh/askpass-client\\.ts$',
          '^src/cli/main\\.ts$',
          '^src/inventory/write-schema\\.ts$',
          '^src/defaults/write-schema\\.ts$',
          '^src/cli/write-man\\.ts$',
        ],
      },
      to: {},
    },
  ],
  options: { doNotFollow: { path: 'node_modules' }, tsPreCompilationDeps: true, tsConfig: { fileName: 'tsconfig.json' } },
};
