import { LuaLexError, tokenize, type Token } from '../lua/lexer.js';
import { findTopLevelReturn } from '../lua/structure.js';
import type { ProfileWithOverrides } from '../profile/overrides.js';
import type { RamReading } from '../ram/parse-ram.js';
import { renderBlock, type RenderedBlock } from './block.js';
import { findBlocks, type FoundBlock } from './find-blocks.js';
import { scanUserAssignments, type UserAssignment } from './scan-assignments.js';
import { detectEol, splitLines } from './source-lines.js';

export type ConfigShape = 'created' | 'return-ident' | 'return-table' | 'return-expr';

export type PatchResult =
  | {
      ok: true;
      text: string;
      changed: boolean;
      shape: ConfigShape;
      block: RenderedBlock;
      /** Existing blocks (ours or the reference script's) that the new block replaced. */
      replaced: FoundBlock[];
      /** The user's own settings of tuned keys, each overridden by the block. */
      userAssignments: UserAssignment[];
    }
  | { ok: false; reason: string; fix: string };

export interface PatchInput {
  profile: ProfileWithOverrides;
  ram: RamReading;
  /** Add a rescue's `exit_behavior = "Hold"` to the block. */
  hold?: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(src: string, edits: Edit[]): string {
  // From the end backwards so earlier offsets stay valid; an insertion at a removal's end goes first.
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  return sorted.reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), src);
}

/** A minimal config for a host that has none: what `wezterm.config_builder()` users write. */
function newConfigText(block: RenderedBlock): string {
  return [
    '-- WezTerm configuration, created by wezfleet because this host had none.',
    '-- Your own settings go above the managed block.',
    'local wezterm = require("wezterm")',
    'local config = wezterm.config_builder()',
    '',
    ...block.lines,
    'return config',
    '',
  ].join('\n');
}

/**
 * Puts the managed block into a config's source, wherever it returns, or says why it can't (no
 * top-level return, or a bare one). Pure: the same input gives the same text, and everything outside
 * the block is kept byte for byte. Whether the returned value is a table is Lua's to say
 * (verify-config.ts).
 */
export function patchConfig(original: string | undefined, input: PatchInput): PatchResult {
  if (original === undefined) {
    const block = renderBlock({ ident: 'config', ...input });
    return { ok: true, text: newConfigText(block), changed: true, shape: 'created', block, replaced: [], userAssignments: [] };
  }
  let tokens: Token[];
  try {
    tokens = tokenize(original);
  } catch (err) {
    if (!(err instanceof LuaLexError)) throw err;
    return {
      ok: false,
      reason: `it does not parse as Lua (${err.message})`,
      fix: 'fix that line (WezTerm rejects the file as it is) and run wezfleet again',
    };
  }
  const found = findBlocks(original, tokens);
  if (!found.ok) {
    return {
      ok: false,
      reason: found.reason,
      fix: 'repair or delete the damaged block by hand, or put a backup back with `wezfleet restore`',
    };
  }
  const code = tokens.filter((t) => t.type !== 'comment');
  const ret = findTopLevelReturn(code);
  if (!ret) {
    return {
      ok: false,
      reason:
        'it has no top-level `return` statement (a commented-out `-- return config` does not count), so the table WezTerm loads cannot be found',
      fix: 'end the file with `return config` (the name of your config table), or point wezfleet at the file that returns it with --config',
    };
  }
  if (ret.kind === 'none') {
    return {
      ok: false,
      reason: 'its top-level `return` returns nothing, so WezTerm loads no config table from it',
      fix: 'end the file with `return config` (the name of your config table)',
    };
  }

  const eol = detectEol(original);
  const lines = splitLines(original);
  const lineText = (n: number) => lines[n - 1]?.text ?? '';
  const ident = ret.kind === 'ident' ? ret.ident : 'config';
  const block = renderBlock({ ident, ...input });
  const blockText = block.lines.join(eol) + eol;
  const blocks = found.blocks;
  const edits: Edit[] = [];

  if (ret.kind === 'ident') {
    const retStart = ret.returnToken.start;
    const last = blocks.filter((b) => b.start < retStart).at(-1);
    // A block followed by nothing but comments and blank lines is already last: replace it where it is.
    const inPlace = last && !code.some((t) => t.start >= last.end && t.start < retStart);
    for (const b of blocks) edits.push({ start: b.start, end: b.end, text: inPlace && b === last ? blockText : '' });
    if (!inPlace) {
      const retLine = lines.find((l) => retStart >= l.start && retStart <= l.end)!;
      const startsLine = original.slice(retLine.start, retStart).trim() === '';
      edits.push(
        startsLine
          ? { start: retLine.start, end: retLine.start, text: blockText }
          : { start: retStart, end: retStart, text: eol + blockText },
      );
    }
  } else {
    // Any other returned value, a table constructor or a call, a method chain, require(...): bound
    // to a local (which Lua evaluates before the local is in scope, so `local config = f(config)`
    // still reads the outer one), the block applied to it, and it returned. The expression's own
    // bytes stay as they are; a second run finds `return config` and the block before it.
    const after = code[code.indexOf(ret.last) + 1];
    const insertAt = after?.text === ';' ? after.end : ret.last.end;
    edits.push({ start: ret.returnToken.start, end: ret.returnToken.end, text: 'local config =' });
    edits.push({ start: insertAt, end: insertAt, text: eol + blockText + 'return config' });
    for (const b of blocks) edits.push({ start: b.start, end: b.end, text: '' });
  }

  const text = applyEdits(original, edits);
  return {
    ok: true,
    text,
    changed: text !== original,
    shape: ret.kind === 'ident' ? 'return-ident' : ret.kind === 'table' ? 'return-table' : 'return-expr',
    block,
    replaced: blocks,
    userAssignments: scanUserAssignments(tokens, blocks, ret.kind === 'ident' ? ident : undefined, lineText),
  };
}
