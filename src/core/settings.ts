/**
 * The nine WezTerm settings wezfleet manages, named exactly as WezTerm's config keys.
 * Limits come from WezTerm's own decoders (see ../shared/notes/wezterm-facts.md): a value outside them
 * is rejected by the config loader, stops a pane's output, or panics the client.
 */
export const SETTING_KEYS = [
  'scrollback_lines',
  'mux_output_parser_buffer_size',
  'mux_output_parser_coalesce_delay_ms',
  'ratelimit_mux_line_prefetches_per_second',
  'shape_cache_size',
  'line_state_cache_size',
  'line_quad_cache_size',
  'line_to_ele_shape_cache_size',
  'glyph_cache_image_cache_size',
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];
export type Settings = Record<SettingKey, number>;

export interface SettingSpec {
  /** WezTerm's built-in default. */
  default: number;
  min: number;
  max: number;
  /** Why min/max exist, shown when an override is refused. */
  why: string;
  /** Who reads it: a GUI-only key has no effect on a headless mux host. */
  readBy: 'mux' | 'gui-client' | 'gui';
}

const U32_MAX = 4_294_967_295;

export const SETTING_SPECS: Record<SettingKey, SettingSpec> = {
  scrollback_lines: {
    default: 3500,
    min: 1,
    max: 999_999_999,
    readBy: 'mux',
    why: 'WezTerm rejects scrollback_lines above 999,999,999',
  },
  mux_output_parser_buffer_size: {
    default: 131_072,
    min: 1,
    max: 1_073_741_824,
    readBy: 'mux',
    why: "0 stops every pane's output for good (a zero-length read looks like EOF); above 1 GiB per pane is never useful",
  },
  mux_output_parser_coalesce_delay_ms: {
    default: 3,
    min: 0,
    max: 1000,
    readBy: 'mux',
    why: 'a delay above 1000 ms makes every pane visibly lag',
  },
  ratelimit_mux_line_prefetches_per_second: {
    default: 50,
    min: 1,
    max: U32_MAX,
    readBy: 'gui-client',
    why: '0 panics the GUI client attached to the mux; it is a u32',
  },
  shape_cache_size: { default: 1024, min: 1, max: U32_MAX, readBy: 'gui', why: 'a cache needs room for at least one entry' },
  line_state_cache_size: { default: 1024, min: 1, max: U32_MAX, readBy: 'gui', why: 'a cache needs room for at least one entry' },
  line_quad_cache_size: { default: 1024, min: 1, max: U32_MAX, readBy: 'gui', why: 'a cache needs room for at least one entry' },
  line_to_ele_shape_cache_size: { default: 1024, min: 1, max: U32_MAX, readBy: 'gui', why: 'a cache needs room for at least one entry' },
  glyph_cache_image_cache_size: { default: 256, min: 1, max: U32_MAX, readBy: 'gui', why: 'a cache needs room for at least one entry' },
};

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/** The guide's four fixed profiles' RAM sizes, GiB. */
export const ANCHOR_TIERS = [64, 128, 256, 512] as const;
export type AnchorTier = (typeof ANCHOR_TIERS)[number];

/** Settings chosen by hand (the inventory, --set) over the RAM rule. */
export type SettingOverrides = Partial<Settings>;
