import { fstatSync } from 'node:fs';
import type { TableLayout } from '../report/fit-table.js';

type Stream = { isTTY?: boolean; columns?: number; fd?: number };

/**
 * Whether a stream is a pipe (| less, | grep) or a socket (a program that ran wezfleet with
 * Node's or Python's pipes): there, a line is never cut unless COLUMNS says so.
 */
function isPipe(stream: Stream): boolean {
  if (stream.fd === undefined) return false;
  try {
    const stat = fstatSync(stream.fd);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

/**
 * How wide a table may be on this stream: the terminal's columns, else COLUMNS, else no limit into
 * a pipe (grep and awk want whole lines), else 80 (a file, or a terminal that does not say).
 */
export function tableWidth(stream: Stream, env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (stream.isTTY && stream.columns) return stream.columns;
  const columns = Number(env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return isPipe(stream) ? undefined : 80;
}

export function tableLayoutFor(
  stream: Stream,
  flags: { colour: boolean; wide?: boolean; verbose?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): TableLayout {
  const width = tableWidth(stream, env);
  return {
    colour: flags.colour,
    wide: Boolean(flags.wide || flags.verbose),
    ...(width === undefined ? {} : { width }),
  };
}
