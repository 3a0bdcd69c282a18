/** A name → count map as stored on rollups. Names are remote data (any string, even
 * "__proto__"), so these helpers only ever read own properties and build objects with
 * Object.fromEntries, which defines keys instead of assigning them. */
export type Counts = Record<string, number>;

export function countOf(counts: Counts | undefined, name: string): number {
  if (!counts || !Object.hasOwn(counts, name)) return 0;
  return counts[name] ?? 0;
}

/** a + b; undefined when the result has no entries. */
export function addCounts(a: Counts | undefined, b: Counts | undefined): Counts | undefined {
  if (!a) return b && Object.keys(b).length > 0 ? fromMap(toMap(b)) : undefined;
  if (!b) return Object.keys(a).length > 0 ? fromMap(toMap(a)) : undefined;
  const merged = toMap(a);
  for (const [name, n] of Object.entries(b)) merged.set(name, (merged.get(name) ?? 0) + n);
  return merged.size > 0 ? fromMap(merged) : undefined;
}

/** a - b, dropping names whose count reaches zero; undefined when nothing is left. */
export function subtractCounts(a: Counts | undefined, b: Counts | undefined): Counts | undefined {
  const left = toMap(a ?? {});
  for (const [name, n] of Object.entries(b ?? {})) {
    const rest = (left.get(name) ?? 0) - n;
    if (rest > 0) left.set(name, rest);
    else left.delete(name);
  }
  return left.size > 0 ? fromMap(left) : undefined;
}

export function toMap(counts: Counts): Map<string, number> {
  return new Map(Object.entries(counts));
}

export function fromMap(map: Map<string, number>): Counts {
  return Object.fromEntries(map);
}

/** Adds `n` to `name` in a Map accumulator. */
export function bump(map: Map<string, number>, name: string, n = 1): void {
  map.set(name, (map.get(name) ?? 0) + n);
}
