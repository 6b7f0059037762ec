/**
 * The guide's Troubleshooting table, turned into the hint shown beside each problem a status finds.
 */
export interface StatusFacts {
  running: boolean;
  panesError?: string;
  configState: string;
  logErrors: string[];
  load1: number;
  cores: number;
  memAvailableShare: number;
  scrollbackShare?: number;
  scrollbackWarnShare: number;
  agents: number;
}

export function hintsFor(s: StatusFacts): string[] {
  const hints: string[] = [];
  if (!s.running) hints.push('no mux is running: start one with `wezfleet restart`');
  if (s.running && s.panesError) {
    hints.push(
      'the mux did not answer `wezterm cli list` (connection timeout: its parser is falling behind; raise mux_output_parser_buffer_size with `wezfleet apply`); if it stays hung, move the agents out before any restart (README: Rescue)',
    );
  }
  if (s.configState === 'reload failed')
    hints.push('the last config reload failed and the mux kept its previous settings: fix the error shown, the mux reloads on save');
  if (s.configState === 'fails to load')
    hints.push(
      'the config cannot load in wezterm-mux-server, so the mux runs without it (on its previous config, or on defaults since it started): fix the error shown',
    );
  if (s.configState === 'drifted') hints.push("the tuned block no longer matches this host's RAM: `wezfleet apply --only-drifted`");
  if (s.configState === 'unmanaged' || s.configState === 'no config')
    hints.push('not tuned by wezfleet yet: `wezfleet plan`, then `wezfleet apply`');
  if (s.logErrors.some((e) => /broken pipe/i.test(e)))
    hints.push('"Broken pipe" in the log: a client disconnected; check the network between the GUI and this host');
  if (s.cores > 0 && s.load1 > s.cores)
    hints.push(
      `load ${s.load1.toFixed(1)} is above ${s.cores} cores: agents and their builds are competing for CPU (high CPU also slows rendering: raise the cache sizes)`,
    );
  if (s.memAvailableShare < 0.1) hints.push(`only ${Math.round(s.memAvailableShare * 100)}% of memory is available`);
  if (s.scrollbackShare !== undefined && s.scrollbackShare > s.scrollbackWarnShare) {
    hints.push(
      `worst-case scrollback could take ${Math.round(s.scrollbackShare * 100)}% of RAM: lower scrollback_lines (--set) or run fewer panes`,
    );
  }
  return hints;
}
