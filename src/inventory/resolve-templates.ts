/**
 * Ansible templates every variable when a host is used, so inventories write
 * `ansible_host: "{{ myhost }}"`. wezfleet does the part of that it can do exactly: plain `{{ var }}`
 * references to the host's other variables (already merged in Ansible's order of precedence),
 * nested ones too. Anything else Jinja would compute (filters, expressions, lookups) is declined
 * rather than guessed, and so is an undefined variable or a loop: that host fails, the others go on.
 */
type Vars = Record<string, unknown>;

export type Resolution = { value: unknown } | { problem: string };

const PLAIN = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/;
const EXPRESSION = /\{\{([\s\S]*?)\}\}/g;
/** Deeper than any real chain of references: past it, a generated inventory has gone wrong. */
const MAX_DEPTH = 50;

class Declined extends Error {
  constructor(
    message: string,
    /** Already says where it is (a loop names its whole chain): not to be prefixed again. */
    readonly located = false,
  ) {
    super(message);
  }
}

const show = (value: unknown) => JSON.stringify(value);

/** Jinja's text for a value put inside other text, as Python prints it; containers are declined. */
function asText(name: string, value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  throw new Declined(`${name} is ${Array.isArray(value) ? 'a list' : 'a mapping'}: only text and numbers can be put inside other text`);
}

function magic(host: string, name: string): string | undefined {
  if (name === 'inventory_hostname') return host;
  if (name === 'inventory_hostname_short') return host.split('.')[0];
  return undefined;
}

function resolveValue(vars: Vars, host: string, value: unknown, chain: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveValue(vars, host, v, chain));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(vars, host, v, chain)]));
  if (typeof value !== 'string' || !/\{[{%#]/.test(value)) return value;
  if (/\{[%#]/.test(value)) throw new Declined('wezfleet resolves only plain {{ var }} references; set the value itself');
  const parts = [...value.matchAll(EXPRESSION)];
  const rest = value.replace(EXPRESSION, '');
  if (rest.includes('{{') || rest.includes('}}') || parts.some((m) => !PLAIN.test(m[1]!)))
    throw new Declined('wezfleet resolves only plain {{ var }} references; set the value itself');
  const lookup = (name: string) => lookupVar(vars, host, name, chain);
  // A value that is one reference and nothing else keeps the referenced value's type, as in Ansible.
  if (parts.length === 1 && parts[0]![0] === value) return lookup(PLAIN.exec(parts[0]![1]!)![1]!);
  return value.replace(EXPRESSION, (_, inner: string) => {
    const name = PLAIN.exec(inner)![1]!;
    return asText(name, lookup(name));
  });
}

function lookupVar(vars: Vars, host: string, name: string, chain: readonly string[]): unknown {
  if (chain.includes(name)) throw new Declined(`recursive loop: ${[...chain, name].join(' -> ')}`, true);
  if (chain.length > MAX_DEPTH) throw new Declined(`references nested more than ${MAX_DEPTH} deep`, true);
  const builtin = magic(host, name);
  if (builtin !== undefined && !(name in vars)) return builtin;
  if (!(name in vars) || vars[name] === undefined) throw new Declined(`'${name}' is undefined`);
  const raw = vars[name];
  try {
    return resolveValue(vars, host, raw, [...chain, name]);
  } catch (err) {
    // Say which value in the chain is the one wezfleet cannot resolve.
    if (err instanceof Declined && chain.length > 0 && !err.located) throw new Declined(`${name} is ${show(raw)}: ${err.message}`);
    throw err;
  }
}

/**
 * The value of the host's variable `name`, its `{{ var }}` references resolved; or why not, as
 * `HOST: NAME is "VALUE": reason`.
 */
export function resolveHostVar(vars: Vars, host: string, name: string): Resolution {
  try {
    return { value: lookupVar(vars, host, name, []) };
  } catch (err) {
    if (!(err instanceof Declined)) throw err;
    return { problem: `${host}: ${name} is ${show(vars[name])}: ${err.message}` };
  }
}
