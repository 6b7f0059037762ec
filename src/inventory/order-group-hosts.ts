/**
 * A group's hosts in the order Ansible's Group.get_hosts gives them, which `group[0]`, `group[1:3]`
 * and `all` follow: the group's own hosts, then those of its children, then of their children,
 * level by level, each host once. Within a level Ansible takes the parents in the order of a
 * Python set (not fixed from run to run); here they keep the order in which they were added.
 */
export function orderGroupHosts(
  group: string,
  own: (group: string) => Iterable<string>,
  children: (group: string) => readonly string[],
): string[] {
  const seen = new Set([group]);
  const order = [group];
  let level = [group];
  while (level.length) {
    const next: string[] = [];
    for (const parent of level) {
      for (const child of children(parent)) {
        if (seen.has(child)) continue;
        seen.add(child);
        next.push(child);
        order.push(child);
      }
    }
    level = next;
  }
  return [...new Set(order.flatMap((g) => [...own(g)]))];
}
