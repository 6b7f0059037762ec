import { hashInMarker } from '../config/block.js';

/** One line of a WezTerm log: `HH:MM:SS.mmm  LEVEL  target > message` (continuation lines join the one above). */
export interface LogLine {
  time: string;
  level: string;
  target: string;
  message: string;
}

const LINE = /^(?:(\d{4}-\d\d-\d\dT)?(\d\d:\d\d:\d\d(?:\.\d+)?)Z?)\s+(TRACE|DEBUG|INFO|WARN|ERROR)\s+(\S+)\s+>\s?(.*)$/;

export function parseLogLines(text: string): LogLine[] {
  const lines: LogLine[] = [];
  for (const raw of text.split('\n')) {
    const m = LINE.exec(raw.trimEnd());
    if (m) lines.push({ time: m[2]!, level: m[3]!, target: m[4]!, message: m[5]! });
    else if (lines.length && raw.trim()) lines[lines.length - 1]!.message += `\n${raw.trimEnd()}`;
  }
  return lines;
}

/** A failed config (re)load, as the mux logs it. */
function isConfigError(l: LogLine): boolean {
  return l.level === 'ERROR' && /Configuration Error|config/i.test(`${l.target} ${l.message}`);
}

export interface ConfigEvents {
  /** Hash of the last managed block the mux logged as evaluated. */
  lastLoadedHash?: string;
  /** The config error logged after that, if any: the mux then runs on its previous values. */
  errorAfter?: LogLine;
  errors: LogLine[];
}

/** What the log says about config loads, in order: the newest marker and any error after it. */
export function configEvents(lines: readonly LogLine[]): ConfigEvents {
  const out: ConfigEvents = { errors: lines.filter((l) => l.level === 'ERROR') };
  for (const l of lines) {
    const hash = l.level === 'INFO' ? hashInMarker(l.message) : undefined;
    if (hash) {
      out.lastLoadedHash = hash;
      delete out.errorAfter;
    } else if (isConfigError(l)) {
      out.errorAfter = l;
    }
  }
  return out;
}
