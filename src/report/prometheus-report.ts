import type { ConfigStateName, StatusDetail } from '../host/status-host.js';
import { isOk, type HostOutcome } from '../core/outcome.js';

/** Every config state, so that each host has one series per state (1 for the current one). */
const CONFIG_STATES: readonly ConfigStateName[] = [
  'in sync',
  'drifted',
  'unmanaged',
  'no config',
  'unreadable',
  'fails to load',
  'reload failed',
];

interface Family {
  help: string;
  samples: { labels: Record<string, string>; value: number }[];
}

const escapeLabel = (v: string) => v.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');
const snake = (s: string) => s.replaceAll(' ', '_');

/**
 * `status` as node_exporter textfile-collector metrics: one family per fact, labelled by host, every
 * value a gauge. Hosts that could not be examined have wezfleet_host_up 0 and nothing else.
 */
export function renderPrometheus(outcomes: readonly HostOutcome<StatusDetail>[], o: { agentNames: readonly string[]; now: Date }): string {
  const families = new Map<string, Family>();
  const add = (name: string, help: string, labels: Record<string, string>, value: number) => {
    const f = families.get(name) ?? { help, samples: [] };
    f.samples.push({ labels, value });
    families.set(name, f);
  };
  for (const h of outcomes) {
    const host = { host: h.host };
    add('wezfleet_host_up', 'Whether wezfleet could examine the host (1) or not (0).', host, isOk(h) ? 1 : 0);
    add('wezfleet_host_status_seconds', 'How long examining the host took.', host, h.durationMs / 1000);
    if (!isOk(h)) continue;
    const d = h.detail;
    add('wezfleet_mux_up', 'Whether a wezterm mux server runs on the host.', host, d.mux.running ? 1 : 0);
    if (d.mux.running) {
      add('wezfleet_mux_pid', "The mux server's pid.", host, d.mux.pid);
      add('wezfleet_mux_uptime_seconds', 'Seconds since the mux server started.', host, d.mux.uptimeSeconds);
      add('wezfleet_mux_resident_memory_bytes', "The mux server's resident memory.", host, d.mux.rssKb * 1024);
      add('wezfleet_mux_open_fds', 'File descriptors the mux server holds.', host, d.mux.fds);
      add('wezfleet_mux_socket_up', 'Whether the mux socket exists.', host, d.socket ? 1 : 0);
    }
    if (d.panes !== undefined) add('wezfleet_mux_panes', 'Panes in the mux.', host, d.panes);
    for (const agent of o.agentNames) {
      add(
        'wezfleet_agents',
        "Agents running in the mux's panes, by kind.",
        { ...host, agent },
        d.agents.filter((a) => a.agent === agent).length,
      );
    }
    for (const state of CONFIG_STATES) {
      add(
        'wezfleet_config_state',
        "The config's state: 1 for the current one (in_sync, drifted, unmanaged, no_config, reload_failed).",
        { ...host, state: snake(state) },
        d.config.state === state ? 1 : 0,
      );
    }
    add(
      'wezfleet_config_drifted',
      "Whether the managed block no longer matches the profile for the host's RAM.",
      host,
      d.config.state === 'drifted' ? 1 : 0,
    );
    add(
      'wezfleet_config_reload_failed',
      "Whether the mux's last config (re)load failed (it runs on the previous values).",
      host,
      d.config.state === 'reload failed' ? 1 : 0,
    );
    if (d.config.error)
      add(
        'wezfleet_config_reload_failure_info',
        "The last failed reload's error, as the mux logged it.",
        { ...host, error: d.config.error.slice(0, 200) },
        1,
      );
    add('wezfleet_load1', 'The 1-minute load average.', host, d.load[0]);
    add('wezfleet_cores', 'Online CPU cores.', host, d.cores);
    add('wezfleet_memory_available_bytes', 'MemAvailable.', host, d.memAvailableKb * 1024);
    add('wezfleet_memory_total_bytes', 'MemTotal.', host, d.memTotalKb * 1024);
    if (d.scrollback)
      add(
        'wezfleet_scrollback_worst_case_bytes',
        'Panes x scrollback_lines x 136 B: what the scrollback rings could commit.',
        host,
        d.scrollback.worstCaseBytes,
      );
  }
  add('wezfleet_status_timestamp_seconds', 'When this file was written.', {}, Math.floor(o.now.getTime() / 1000));
  const out: string[] = [];
  for (const [name, f] of families) {
    out.push(`# HELP ${name} ${f.help}`, `# TYPE ${name} gauge`);
    for (const s of f.samples) {
      const labels = Object.entries(s.labels)
        .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
        .join(',');
      out.push(`${name}${labels ? `{${labels}}` : ''} ${s.value}`);
    }
  }
  return out.join('\n') + '\n';
}
