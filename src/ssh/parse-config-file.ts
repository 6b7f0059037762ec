import { readFileSync, statSync } from 'node:fs';
import { splitConfigLine } from './split-config-line.js';
import { readValue, TRACKED_KEYS } from './ssh-config-values.js';
import { isKnownKeyword, KEYWORD_ALIASES, takesArgCount } from './ssh-keywords.js';

/**
 * One ssh_config file as directives, independent of the host asked about: Host and Match lines,
 * Includes, and options with their values read as ssh reads them. What ssh would refuse or read its
 * own way makes the file `uncertain`, wherever it is: ssh checks every line, in a block that
 * applies or not.
 */
type Entry = { kind: 'host'; patterns: string[] } | { kind: 'match-all' } | { kind: 'include'; patterns: string[] } | OptionEntry;

/** `key` is the keyword with its alias resolved; `value` is set for tracked keys ssh reads as we do. */
export interface OptionEntry {
  kind: 'option';
  keyword: string;
  written: string;
  line: number;
  key: string;
  value?: string;
}

interface ParsedFile {
  entries: Entry[];
  /** Why ssh -G must answer instead, if it must. */
  uncertain?: string;
}

const parsedFiles = new Map<string, ParsedFile>();

function entryOf(raw: string, line: number, uncertain: (why: string) => void): Entry | undefined {
  const l = splitConfigLine(raw);
  if (l.kind === 'blank') return undefined;
  if (l.kind === 'odd') return void uncertain(`line ${line}: ${l.why}`);
  const { keyword, args } = l;
  if (keyword === 'host') {
    if (args.includes('')) uncertain(`line ${line}: an empty Host pattern`);
    return { kind: 'host', patterns: args };
  }
  if (keyword === 'match') {
    if (args.length === 1 && args[0]!.toLowerCase() === 'all') return { kind: 'match-all' };
    return void uncertain(`line ${line}: Match`);
  }
  if (keyword === 'include') return { kind: 'include', patterns: args };
  const option: OptionEntry = { kind: 'option', keyword, written: l.written, line, key: KEYWORD_ALIASES[keyword] ?? keyword };
  if (!isKnownKeyword(keyword)) return option;
  if (!takesArgCount(keyword, args.length)) uncertain(`line ${line}: ${l.written} with ${args.length} arguments`);
  // ssh expands some ${ENV} while it reads the file (forwardings), refusing an unset one.
  else if (l.rest.includes('${')) uncertain(`line ${line}: \${ENV} in ${l.written}`);
  else if ((keyword === 'canonicalizehostname' && args[0]!.toLowerCase() !== 'no') || keyword === 'canonicalizepermittedcnames')
    uncertain(`line ${line}: ${l.written}`);
  else if (TRACKED_KEYS.has(option.key)) {
    const v = readValue(option.key, args, l.rest);
    if ('uncertain' in v) uncertain(`line ${line}: ${v.uncertain}`);
    else option.value = v.value;
  }
  return option;
}

/** One file's directives, read once per run (the files do not change while wezfleet runs). */
export function parseConfigFile(file: string): ParsedFile {
  const cached = parsedFiles.get(file);
  if (cached) return cached;
  const parsed: ParsedFile = { entries: [] };
  parsedFiles.set(file, parsed);
  const uncertain = (why: string) => (parsed.uncertain ??= `${file}: ${why}`);
  let text = '';
  try {
    // ssh reads a directory as an empty file.
    if (statSync(file).isFile()) text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') uncertain((err as Error).message);
  }
  text.split('\n').forEach((raw, i) => {
    const e = entryOf(raw, i + 1, uncertain);
    if (e) parsed.entries.push(e);
  });
  return parsed;
}
