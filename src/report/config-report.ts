import type { MergedSettings, SettingSource } from '../defaults/merge-settings.js';
import { sourceLabel } from '../defaults/merge-settings.js';
import { SHARED_KEYS, SHARED_SPECS, type SharedKey } from '../defaults/shared-settings.js';
import { DEFAULT_AGENT_PATTERNS } from '../mux/agents.js';
import { renderJsonDocument } from './json-report.js';
import { renderFitTable, type Column, type TableLayout } from './fit-table.js';

export interface ConfigView {
  /** The config file looked for, and whether it was there. */
  file: { path: string; exists: boolean; named: boolean };
  settings: MergedSettings;
  /** The inventory found without one set: ./inventory.yaml or ~/.config/wezfleet/inventory.yaml. */
  inventoryFound?: string;
}

/** The agents in effect, as NAME and REGEX: the built-in ones where none were set. */
function agentsOf(view: ConfigView): { name: string; regex: string }[] {
  const set = view.settings.agents.value;
  if (!set.length) return DEFAULT_AGENT_PATTERNS.map((a) => ({ name: a.name, regex: a.pattern.source }));
  return set.map((text) => ({ name: text.slice(0, text.indexOf('=')), regex: text.slice(text.indexOf('=') + 1) }));
}

function shownValue(view: ConfigView, key: SharedKey): string {
  if (key === 'agents') {
    const agents = agentsOf(view);
    return view.settings.agents.value.length
      ? agents.map((a) => `${a.name}=${a.regex}`).join('\n')
      : `${agents.map((a) => a.name).join(', ')} (built in)`;
  }
  const value = view.settings[key].value;
  if (key === 'inventory' && value === undefined) return view.inventoryFound ?? 'none: this machine';
  return value === undefined ? `unset: ${SHARED_SPECS[key].unset ?? ''}` : String(value);
}

function shownSource(key: SharedKey, source: SettingSource, value: unknown): string {
  const hostFirst = SHARED_SPECS[key].hostFirst;
  // A standing value gives way to what an inventory or ssh_config says for the host.
  const below = hostFirst && value !== undefined && (source.from === 'file' || source.from === 'default') ? `\n(after ${hostFirst})` : '';
  return sourceLabel(source) + below;
}

/** `wezfleet config`: each shared setting, its value and where it came from, then the file looked for. */
export function renderConfigReport(view: ConfigView, table: TableLayout): string {
  const columns: Column<SharedKey>[] = [
    { head: 'setting', cell: (key) => key, whole: true },
    { head: 'value', cell: (key) => shownValue(view, key) },
    { head: 'from', cell: (key) => shownSource(key, view.settings[key].source, view.settings[key].value), fill: true },
  ];
  const { path, exists, named } = view.file;
  const file = exists ? `config file: ${path}` : `config file: ${path} (${named ? 'missing' : 'none there: the defaults apply'})`;
  return `${renderFitTable(columns, SHARED_KEYS, table)}\n${file}\n`;
}

/** The same as JSON: `settings.KEY = {value, source, and env or file}`; null where unset. */
export function renderConfigJson(view: ConfigView): string {
  const settings = Object.fromEntries(
    SHARED_KEYS.map((key) => {
      const { value, source } = view.settings[key];
      const from =
        source.from === 'env'
          ? { env: source.name }
          : source.from === 'file'
            ? { file: source.path }
            : source.from === 'flag'
              ? { flag: source.flag }
              : {};
      const shown = key === 'agents' ? agentsOf(view) : (value ?? null);
      return [
        key,
        {
          value: shown,
          source: source.from,
          ...from,
          ...(key === 'inventory' && view.inventoryFound ? { found: view.inventoryFound } : {}),
        },
      ];
    }),
  );
  return renderJsonDocument('config', { file: view.file, settings });
}
