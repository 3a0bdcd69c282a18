import { createHash } from 'node:crypto';
import type { ActivityEvent } from '../../domain/types';
import type { WireChange } from '../../protocol/wire-change';
import type { Sql } from '../db/driver';
import { getEntities, type Row } from '../store/changes';

// What the import paths share (import-users.ts, import-events.ts, import-taxonomy.ts): their
// result, and events identified by their content.

/** `problems` are ready to print, each naming its file and line ("users: Line 3: …"). */
export type ImportResult =
  | { ok: true; changes: WireChange[] }
  | { ok: false; problems: string[]; total: number };

/**
 * Events keyed by what they are (user, time, name, feature, module, duration) and by their
 * rank among identical rows of the file: the same file, or an overlapping export, maps to the
 * same ids; two identical rows stay two events.
 */
export function contentIds(events: ActivityEvent[]): ActivityEvent[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const key = JSON.stringify([
      e.userId,
      e.ts,
      e.name,
      e.feature ?? null,
      e.module ?? null,
      e.durationSec ?? null,
    ]);
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    const hash = createHash('sha256').update(`${key}#${rank}`).digest('base64url').slice(0, 22);
    return { ...e, id: `csv-event:${hash}` };
  });
}

/** Looks up the stored rows of one type by id, a few thousand at a time. */
export async function storedRows(db: Sql, type: string, ids: string[]): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (let i = 0; i < ids.length; i += 5000)
    for (const [id, row] of await getEntities(db, type, ids.slice(i, i + 5000))) out.set(id, row);
  return out;
}
