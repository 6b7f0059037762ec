import type { Token } from '../lua/lexer.js';
import { LuaLexError, tokenize } from '../lua/lexer.js';
import { SETTING_KEYS, type Settings } from '../core/settings.js';
import { parseBlockLines, type ParsedBlock } from './block.js';
import { findBlocks } from './find-blocks.js';

/** Does the block on a host still match the profile its RAM calls for now? */
export type Drift = 'in-sync' | 'drifted' | 'unmanaged' | 'no-config';

/** The managed block in a config's text, read back; undefined when there is none (or it can't be parsed). */
export function managedBlockOf(text: string, tokens?: Token[]): ParsedBlock | undefined {
  try {
    const found = findBlocks(text, tokens ?? tokenize(text));
    const block = found.ok ? found.blocks.find((b) => b.kind === 'managed') : undefined;
    return block ? parseBlockLines(block.lines) : undefined;
  } catch (err) {
    if (err instanceof LuaLexError) return undefined;
    throw err;
  }
}

export function driftOf(text: string | undefined, applied: ParsedBlock | undefined, expected: Settings): Drift {
  if (text === undefined) return 'no-config';
  if (!applied) return 'unmanaged';
  return SETTING_KEYS.every((k) => applied.settings[k] === expected[k]) ? 'in-sync' : 'drifted';
}
