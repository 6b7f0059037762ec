/**
 * A pure function's results kept by key, for work a fleet repeats host after host (most hosts share
 * their config and their profile). The key must hold everything the result depends on. Bounded:
 * past `max` keys the oldest goes. Callers treat the results as read-only: hosts share them.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, keyOf: (...args: A) => string, max = 256): (...args: A) => R {
  const results = new Map<string, R>();
  return (...args) => {
    const key = keyOf(...args);
    if (results.has(key)) return results.get(key)!;
    const result = fn(...args);
    if (results.size >= max) results.delete(results.keys().next().value!);
    results.set(key, result);
    return result;
  };
}
