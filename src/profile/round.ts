import { SETTING_SPECS, type SettingKey } from '../core/settings.js';

/** Readable steps that every anchor value is already a multiple of, so anchors come out exact. */
function stepFor(key: SettingKey, raw: number): number {
  switch (key) {
    case 'scrollback_lines':
      return raw >= 1_000_000 ? 100_000 : 10_000;
    case 'mux_output_parser_buffer_size':
      return 256 * 1024;
    case 'glyph_cache_image_cache_size':
      return 256;
    case 'shape_cache_size':
    case 'line_state_cache_size':
    case 'line_quad_cache_size':
    case 'line_to_ele_shape_cache_size':
      return 1024;
    case 'ratelimit_mux_line_prefetches_per_second':
    case 'mux_output_parser_coalesce_delay_ms':
      return 1;
  }
}

/**
 * Round half up to the key's step, then keep the result within [WezTerm's default, WezTerm's cap],
 * both moved onto the step so the value stays readable (a floor of 3,500 lines becomes 10,000).
 */
export function roundSetting(key: SettingKey, raw: number): number {
  const step = stepFor(key, raw);
  const spec = SETTING_SPECS[key];
  const rounded = Math.floor(raw / step + 0.5) * step;
  const floor = Math.ceil(spec.default / step) * step;
  const cap = Math.floor(spec.max / step) * step;
  return Math.min(Math.max(rounded, floor), cap);
}
