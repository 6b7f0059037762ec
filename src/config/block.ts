import { createHash } from 'node:crypto';
import { describeBasis } from '../profile/compute-profile.js';
import type { ProfileWithOverrides } from '../profile/overrides.js';
import type { RamReading } from '../ram/parse-ram.js';
import { SETTING_KEYS, isSettingKey, type Settings } from '../core/settings.js';

export const BEGIN_MARKER = '-- BEGIN WEZFLEET MANAGED BLOCK';
export const END_MARKER = '-- END WEZFLEET MANAGED BLOCK';
const MARKER_PREFIX = 'wezfleet: managed block ';
const MARKER_SUFFIX = ' loaded';

export interface BlockInput {
  /** The Lua variable the config table lives in (the one the file returns). */
  ident: string;
  profile: ProfileWithOverrides;
  ram: RamReading;
  /**
   * During a rescue: `exit_behavior = "Hold"`, so that the mux, when reptyr takes a pane's pty and
   * the mux reads EOF, keeps the pane instead of killing its process (wezterm-facts.md).
   */
  hold?: boolean;
}

/** The line a rescue adds to the block, and how it is recognised. */
const HOLD_COMMENT = '-- wezfleet rescue: keep panes when their pty is taken; `wezfleet apply` removes this.';
const HOLD_LINE = /^[A-Za-z_][A-Za-z0-9_]*\.exit_behavior\s*=\s*"Hold"/;

export interface RenderedBlock {
  /** Lines without line endings, BEGIN and END markers included. */
  lines: string[];
  /** Short hash of the block's content; the reload marker carries it. */
  hash: string;
  /** The exact text the mux writes to its log when it evaluates this block. */
  marker: string;
}

function formatBytes(n: number): string {
  const mib = n / (1024 * 1024);
  return Number.isInteger(mib * 4) ? `${mib} MiB` : `${n} bytes`;
}

function formatRam(gib: number): string {
  return `${Number.isInteger(gib) ? gib : gib.toFixed(2)} GiB`;
}

/** The text the reload marker logs for a block hash. */
export function markerText(hash: string): string {
  return `${MARKER_PREFIX}${hash}${MARKER_SUFFIX}`;
}

/**
 * The block hash a mux log line proves loaded, if it is a marker line: the whole message is the
 * marker as log_info writes it (`lua: ` and markerText). The one parser of the reload proof: a
 * fresh write's (reload.ts) and a rerun's (log-lines.ts) alike. A line that merely quotes the marker
 * (an error showing the config's source) proves nothing.
 */
export function hashInMarker(message: string): string | undefined {
  return /^lua: wezfleet: managed block ([0-9a-f]{12}) loaded$/.exec(message)?.[1];
}

/**
 * The managed block. Values are plain integer literals: WezTerm's integer decoder rejects floats, and a
 * literal reads the same in every Lua. The hash covers everything but the marker line that carries it.
 */
export function renderBlock({ ident, profile, ram, hold }: BlockInput): RenderedBlock {
  const s = profile.settings;
  const overridden = profile.overridden.length ? ` Overridden by hand: ${profile.overridden.join(', ')}.` : '';
  const body = [
    '-- Written by wezfleet. Edits between these markers are replaced on the next apply;',
    '-- put your own settings above this block, or use per-host overrides in the inventory.',
    `-- RAM: ${formatRam(ram.ramGiB)} (${ram.source}); profile: ${describeBasis(profile.basis)}.${overridden}`,
    ...SETTING_KEYS.map((key) => {
      const comment = key === 'mux_output_parser_buffer_size' ? ` -- ${formatBytes(s[key])}` : '';
      return `${ident}.${key} = ${s[key]}${comment}`;
    }),
    ...(hold ? [HOLD_COMMENT, `${ident}.exit_behavior = "Hold"`] : []),
  ];
  const hash = createHash('sha256').update(body.join('\n')).digest('hex').slice(0, 12);
  const marker = markerText(hash);
  return {
    lines: [BEGIN_MARKER, ...body, `require("wezterm").log_info(${JSON.stringify(marker)})`, END_MARKER],
    hash,
    marker,
  };
}

export interface ParsedBlock {
  hash?: string;
  settings: Partial<Settings>;
  /** The block carries a rescue's `exit_behavior = "Hold"`. */
  hold?: boolean;
}

/** Reads back what an existing managed block sets, for drift checks. */
export function parseBlockLines(lines: readonly string[]): ParsedBlock {
  const settings: Partial<Settings> = {};
  let hash: string | undefined;
  let hold = false;
  for (const line of lines) {
    const m = /^[A-Za-z_][A-Za-z0-9_]*\.([a-z_]+)\s*=\s*(\d+)\b/.exec(line);
    if (m && isSettingKey(m[1]!)) settings[m[1]] = Number(m[2]);
    // The block's own marker call (its log line is hashInMarker's to read).
    hash ??= /log_info\("wezfleet: managed block ([0-9a-f]{12}) loaded"\)/.exec(line)?.[1];
    hold ||= HOLD_LINE.test(line);
  }
  const parsed: ParsedBlock = hash === undefined ? { settings } : { hash, settings };
  if (hold) parsed.hold = true;
  return parsed;
}
