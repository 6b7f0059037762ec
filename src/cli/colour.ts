import type { ColorMode } from '../defaults/shared-settings.js';

/**
 * Whether to colour a stream: the merged colour setting (--no-color, then NO_COLOR and FORCE_COLOR,
 * then the config file) where it says always or never, else whether the stream is a terminal.
 */
export function colourFor(stream: { isTTY?: boolean }, mode: ColorMode): boolean {
  return mode === 'auto' ? Boolean(stream.isTTY) : mode === 'always';
}
