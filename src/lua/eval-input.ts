/** Everything an evaluation of a config depends on, besides the evaluator itself. */
export interface EvalOptions {
  /** The config's path on the host: Lua's messages name it, and wezterm.config_dir is its folder. */
  chunkname: string;
  home: string;
  hostname: string;
  /** package.path as WezTerm sets it on that host (locate-config.ts's packagePath). */
  packagePath?: string;
  /** The mux's environment variables the config may read with os.getenv. */
  env?: Readonly<Record<string, string>>;
  /** `env` is the whole environment (the running mux's own): a variable not in it is unset, not unknown. */
  envComplete?: boolean;
  /** Files the host sent (the config's modules), by their path there: all the config can read. */
  files?: ReadonlyMap<string, Buffer | string>;
  /** Also list every key the config returns (tests compare a config before and after the block). */
  dump?: boolean;
  /** Ends the evaluation at once (Ctrl-C). */
  signal?: AbortSignal;
}

/**
 * The evaluator's input (evaluate.lua's `decode`): records of "NAMELEN VALUELEN\n" then both, with
 * lengths in bytes of UTF-8, so that any text passes whole.
 */
export function encodeEvalInput(source: string, o: EvalOptions): string {
  const parts: string[] = [];
  const add = (name: string, value: string | Buffer) => {
    const text = typeof value === 'string' ? value : value.toString('utf8');
    parts.push(`${Buffer.byteLength(name)} ${Buffer.byteLength(text)}\n`, name, text);
  };
  add('source', source);
  add('chunkname', o.chunkname);
  add('home', o.home);
  add('hostname', o.hostname);
  if (o.packagePath !== undefined) add('path', o.packagePath);
  for (const [name, value] of Object.entries(o.env ?? {})) add(`env:${name}`, value);
  if (o.envComplete) add('envcomplete', '1');
  for (const [path, bytes] of o.files ?? []) add(`file:${path}`, bytes);
  if (o.dump) add('dump', '1');
  return parts.join('');
}
