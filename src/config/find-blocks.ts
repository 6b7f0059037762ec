import type { Token } from '../lua/lexer.js';
import { isSettingKey } from '../core/settings.js';
import { BEGIN_MARKER, END_MARKER } from './block.js';
import { splitLines, tokenAtLineStart, tokenIndex, type SourceLine } from './source-lines.js';

export interface FoundBlock {
  kind: 'managed' | 'reference-script';
  /** Offsets of the whole lines, line ending of the last one included. */
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
  lines: string[];
}

export type FindBlocksResult = { ok: true; blocks: FoundBlock[] } | { ok: false; reason: string };

const RULE = /^-- =+\s*$/;
const SCRIPT_HEADER = /^-- (HIGH-RAM )?PERFORMANCE TUNING \(\d+GB system\)/;
const SCRIPT_NOTE = /^-- (Settings interpolated|See: WEZTERM_MUX_PERFORMANCE)/;
const SCRIPT_SETTING = /^config\.([a-z_]+)\s*=/;

function block(kind: FoundBlock['kind'], lines: SourceLine[], from: number, to: number): FoundBlock {
  return {
    kind,
    start: lines[from]!.start,
    end: lines[to]!.next,
    firstLine: lines[from]!.number,
    lastLine: lines[to]!.number,
    lines: lines.slice(from, to + 1).map((l) => l.text),
  };
}

/**
 * Managed blocks (ours) and blocks written by the guide's wezterm-mux-tune.sh or pasted from the guide.
 * A line only counts when it really is a top-level comment or statement, never text inside a string.
 */
export function findBlocks(src: string, tokens: readonly Token[]): FindBlocksResult {
  const lines = splitLines(src);
  const index = tokenIndex(tokens);
  const topComment = (l: SourceLine) => {
    const at = tokenAtLineStart(l, index);
    return at?.token.type === 'comment' && at.depth === 0;
  };
  const blocks: FoundBlock[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text === END_MARKER && topComment(line)) {
      return { ok: false, reason: `line ${line.number} has "${END_MARKER}" without a BEGIN marker above it` };
    }
    if (text === BEGIN_MARKER && topComment(line)) {
      const j = lines.findIndex((l, k) => k > i && l.text.trim() === END_MARKER && topComment(l));
      const nextBegin = lines.findIndex((l, k) => k > i && l.text.trim() === BEGIN_MARKER && topComment(l));
      if (j < 0 || (nextBegin >= 0 && nextBegin < j)) {
        return { ok: false, reason: `the managed block starting at line ${line.number} has no "${END_MARKER}" line` };
      }
      blocks.push(block('managed', lines, i, j));
      i = j;
      continue;
    }
    if (RULE.test(line.text) && topComment(line) && SCRIPT_HEADER.test(lines[i + 1]?.text ?? '')) {
      let j = i + 2;
      while (j < lines.length && SCRIPT_NOTE.test(lines[j]!.text)) j++;
      if (!RULE.test(lines[j]?.text ?? '')) continue;
      let last = j;
      for (let k = j + 1; k < lines.length; k++) {
        const m = SCRIPT_SETTING.exec(lines[k]!.text);
        const at = tokenAtLineStart(lines[k]!, index);
        if (!m || !isSettingKey(m[1]!) || at?.token.text !== 'config' || at.depth !== 0) break;
        last = k;
      }
      if (last === j) continue; // a header with no settings under it is somebody's own comment
      blocks.push(block('reference-script', lines, i, last));
      i = last;
    }
  }
  return { ok: true, blocks };
}
