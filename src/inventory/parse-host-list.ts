import { UsageError } from '../core/errors.js';
import { parseAddress } from './parse-address.js';

/**
 * Hosts written out on the command line, as Ansible's host_list plugin reads `-i 'web1,web2:2222,'`:
 * split on commas, each an address with an optional port (`[fe80::1]:22` for IPv6), the first of
 * a name kept. `user@` before an address is wezfleet's own (Ansible would take `user@web1` as the
 * host's name). Ranges are not expanded, as in Ansible; an entry that is no address is refused.
 */
export function parseHostList(text: string): { name: string; port?: number; user?: string }[] {
  const hosts = new Map<string, { name: string; port?: number; user?: string }>();
  const problems: string[] = [];
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const at = /^([^@\s]+)@(.+)$/.exec(entry);
    const address = parseAddress(at ? at[2]! : entry, false);
    if (!address) {
      problems.push(
        `-i ${entry}: not a host name or address${entry.includes('[') ? ' (a host list does not expand ranges, as in Ansible: use an inventory file)' : ''}`,
      );
      continue;
    }
    if (hosts.has(address.host)) continue;
    hosts.set(address.host, {
      name: address.host,
      ...(address.port === undefined ? {} : { port: address.port }),
      ...(at ? { user: at[1]! } : {}),
    });
  }
  if (problems.length) throw new UsageError(`cannot read the host list ${JSON.stringify(text)}`, problems);
  return [...hosts.values()];
}
