import { ANCHOR_TIERS, type AnchorTier, type Settings } from '../core/settings.js';

export { ANCHOR_TIERS, type AnchorTier } from '../core/settings.js';

const MiB = 1024 * 1024;

/** The guide's four fixed profiles, exactly as published (not the reference script's rounded 16000/1024). */
export const ANCHOR_PROFILES: Record<AnchorTier, Settings> = {
  64: {
    scrollback_lines: 1_000_000,
    mux_output_parser_buffer_size: 2 * MiB,
    mux_output_parser_coalesce_delay_ms: 2,
    ratelimit_mux_line_prefetches_per_second: 500,
    shape_cache_size: 8192,
    line_state_cache_size: 8192,
    line_quad_cache_size: 8192,
    line_to_ele_shape_cache_size: 8192,
    glyph_cache_image_cache_size: 512,
  },
  128: {
    scrollback_lines: 2_000_000,
    mux_output_parser_buffer_size: 4 * MiB,
    mux_output_parser_coalesce_delay_ms: 1,
    ratelimit_mux_line_prefetches_per_second: 750,
    shape_cache_size: 16384,
    line_state_cache_size: 16384,
    line_quad_cache_size: 16384,
    line_to_ele_shape_cache_size: 16384,
    glyph_cache_image_cache_size: 1024,
  },
  256: {
    scrollback_lines: 5_000_000,
    mux_output_parser_buffer_size: 8 * MiB,
    mux_output_parser_coalesce_delay_ms: 1,
    ratelimit_mux_line_prefetches_per_second: 500,
    shape_cache_size: 32768,
    line_state_cache_size: 32768,
    line_quad_cache_size: 32768,
    line_to_ele_shape_cache_size: 32768,
    glyph_cache_image_cache_size: 2048,
  },
  512: {
    scrollback_lines: 10_000_000,
    mux_output_parser_buffer_size: 16 * MiB,
    mux_output_parser_coalesce_delay_ms: 1,
    ratelimit_mux_line_prefetches_per_second: 1000,
    shape_cache_size: 65536,
    line_state_cache_size: 65536,
    line_quad_cache_size: 65536,
    line_to_ele_shape_cache_size: 65536,
    glyph_cache_image_cache_size: 4096,
  },
};

export function isAnchorTier(n: number): n is AnchorTier {
  return (ANCHOR_TIERS as readonly number[]).includes(n);
}
