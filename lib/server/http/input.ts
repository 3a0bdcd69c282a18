// Checks a request's input before it reaches the database, so no request a client can send
// makes PostgreSQL fail (a 5xx, which clients retry forever). Pure: no Hono, no SQL.

/** NUL (PostgreSQL text and jsonb cannot hold it) or a UTF-16 surrogate without its pair. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this looks for.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** Deeper JSON than this is refused: no entity of the protocol nests half as deep. */
export const MAX_DEPTH = 32;

/** Longest id (URL or body): ids are btree keys, and PostgreSQL caps an index entry at ~2.7 kB. */
export const MAX_ID_LENGTH = 512;

/** What a refusal says after the field's name. */
export const UNSTORABLE_MESSAGE =
  'holds a character that cannot be stored (NUL or a lone UTF-16 surrogate), or nests too deep.';

export const hasUnstorable = (s: string): boolean => UNSTORABLE.test(s);

/**
 * The path ("traits.plan", "batch.3.event") of the first string or key that PostgreSQL cannot
 * store, or of JSON nested deeper than MAX_DEPTH; undefined when the whole value can be stored.
 * Iterative, so a hostile body cannot overflow the stack.
 */
export function unstorableField(value: unknown, root = 'body'): string | undefined {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: '', depth: 0 }];
  const name = (path: string) => path || root;
  while (stack.length) {
    const { v, path, depth } = stack.pop() as { v: unknown; path: string; depth: number };
    if (typeof v === 'string') {
      if (hasUnstorable(v)) return name(path);
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_DEPTH) return name(path);
    for (const [k, child] of Object.entries(v)) {
      const childPath = path ? `${path}.${k}` : k;
      if (hasUnstorable(k)) return name(path ? `${path}.<key>` : '<key>');
      stack.push({ v: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * A copy of `value` with every unstorable character replaced by U+FFFD (the Unicode
 * replacement character), in strings and keys; over MAX_DEPTH it is cut to null.
 */
export function scrubUnstorable(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(UNSTORABLE_ALL, '\ufffd');
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((v) => scrubUnstorable(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k.replace(UNSTORABLE_ALL, '\ufffd')] = scrubUnstorable(v, depth + 1);
  return out;
}

/** A page size: a whole number ≥ 1 (capped at `max`), the default when absent; else undefined. */
export function parseLimit(raw: string | undefined, max: number): number | undefined {
  if (raw === undefined) return max;
  if (!/^\d{1,15}$/.test(raw.trim())) return undefined;
  const n = Number(raw.trim());
  return n >= 1 ? Math.min(n, max) : undefined;
}

/** Why an id from a URL cannot be used, or undefined when it can. */
export function badId(id: string): string | undefined {
  if (!id) return 'The id is empty.';
  if (id.length > MAX_ID_LENGTH) return `The id is longer than ${MAX_ID_LENGTH} characters.`;
  if (hasUnstorable(id))
    return 'The id holds a character that cannot be stored (NUL or a lone surrogate).';
  return undefined;
}
