import type { ActivityEvent } from '../domain/types';
import { getDb } from './database';

/** A range holding more stored keys than this many per id is not worth reading keys-only. */
const KEYS_PER_ID = 4;

/**
 * The stored events of these ids. A bulk get is one request per id, and an incremental page is
 * mostly new events: when the ids are close in key order (ids handed out in sequence, as most
 * servers do), one keys-only read of their range says which are stored, and only those are
 * read. Ids spread over the whole table fall back to reading each.
 */
export async function readStoredEvents(
  ids: readonly string[],
): Promise<Map<string, ActivityEvent>> {
  const out = new Map<string, ActivityEvent>();
  if (ids.length === 0) return out;
  const db = getDb();
  // JavaScript's string order is IndexedDB's (UTF-16 code units).
  const sorted = [...new Set(ids)].sort();
  const cap = sorted.length * KEYS_PER_ID;
  const inRange = (await db.events
    .where(':id')
    .between(sorted[0] as string, sorted[sorted.length - 1] as string, true, true)
    .limit(cap)
    .primaryKeys()) as string[];
  const stored = new Set(inRange);
  const toRead = inRange.length < cap ? sorted.filter((id) => stored.has(id)) : sorted;
  const rows = toRead.length ? await db.events.bulkGet(toRead) : [];
  for (const [i, id] of toRead.entries()) {
    const row = rows[i];
    if (row) out.set(id, row);
  }
  return out;
}
