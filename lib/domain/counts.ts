/** A name → count map as stored on rollups. Names are remote data (any string, even
 * "__proto__"), so these helpers only read own properties and only create keys with spreads,
 * computed keys or defineProperty, which define a key instead of calling a setter. They run
 * once per synced event, hence plain loops rather than Map round trips. */
export type Counts = Record<string, number>;

export function countOf(counts: Counts | undefined, name: string): number {
  if (!counts || !Object.hasOwn(counts, name)) return 0;
  return counts[name] ?? 0;
}

/** { [name]: n } */
export function single(name: string, n = 1): Counts {
  return { [name]: n };
}

function put(counts: Counts, name: string, n: number): void {
  // Only "__proto__" needs defineProperty; plain assignment keeps objects in their fast shape.
  if (name !== '__proto__' || Object.hasOwn(counts, name)) counts[name] = n;
  else {
    Object.defineProperty(counts, name, {
      value: n,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

function isEmpty(counts: Counts): boolean {
  for (const name in counts) if (Object.hasOwn(counts, name)) return false;
  return true;
}

/** a + b; undefined when the result has no entries. */
export function addCounts(a: Counts | undefined, b: Counts | undefined): Counts | undefined {
  const sum: Counts = { ...a };
  if (b) for (const name of Object.keys(b)) put(sum, name, countOf(sum, name) + (b[name] ?? 0));
  return isEmpty(sum) ? undefined : sum;
}

/** a - b, dropping names whose count reaches zero; undefined when nothing is left. */
export function subtractCounts(a: Counts | undefined, b: Counts | undefined): Counts | undefined {
  const rest: Counts = { ...a };
  if (b) {
    for (const name of Object.keys(b)) {
      if (!Object.hasOwn(rest, name)) continue;
      const left = countOf(rest, name) - (b[name] ?? 0);
      if (left > 0) rest[name] = left;
      else delete rest[name];
    }
  }
  return isEmpty(rest) ? undefined : rest;
}

export function fromMap(map: Map<string, number>): Counts {
  return Object.fromEntries(map);
}

/** Adds `n` to `name` in a Map accumulator. */
export function bump(map: Map<string, number>, name: string, n = 1): void {
  map.set(name, (map.get(name) ?? 0) + n);
}
