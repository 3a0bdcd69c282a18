import { addRollups, rollupEvents } from '../../domain/rollups';
import type { ActivityDay, ActivityEvent, Workspace } from '../../domain/types';
import type { Sql } from '../db/driver';
import { getEntities, type Row, writeEntities } from '../store/changes';

/**
 * Stores product events (inside the caller's transaction, feed already locked). An event id
 * is stored once: a re-delivered event changes nothing. Users seen for the first time get a
 * minimal row (created at their first event) until an identify or import completes it.
 * In "day" granularity the feed carries each touched user-day's rollup instead of the events.
 * Returns how many events were new.
 */
export async function ingestEvents(
  tx: Sql,
  workspace: Workspace,
  events: ActivityEvent[],
): Promise<number> {
  if (events.length === 0) return 0;
  const firstSeen = new Map<string, string>();
  for (const e of events) {
    const seen = firstSeen.get(e.userId);
    if (!seen || e.ts < seen) firstSeen.set(e.userId, e.ts);
  }
  await writeEntities(
    tx,
    'user',
    [...firstSeen].map(([id, createdAt]) => ({ id, createdAt })),
    { insertOnly: true },
  );
  const byDay = workspace.activityGranularity === 'day';
  const newIds = new Set(
    await writeEntities(tx, 'event', events as unknown as Row[], {
      insertOnly: true,
      feed: !byDay,
    }),
  );
  if (byDay && newIds.size > 0) {
    const fresh = rollupEvents(
      events.filter((e) => newIds.has(e.id)),
      workspace.timezone,
    );
    await addToRollups(tx, fresh);
  }
  return newIds.size;
}

/** Adds the rollups of new events to the stored ones (same user and day). */
async function addToRollups(tx: Sql, fresh: ActivityDay[]): Promise<void> {
  const ids = fresh.map((d) => `${d.userId}/${d.day}`);
  const stored = await getEntities(tx, 'activityDay', ids);
  const next = fresh.map((d, i) => {
    const before = stored.get(ids[i] as string) as ActivityDay | undefined;
    return addRollups(before, d) as unknown as Row;
  });
  await writeEntities(tx, 'activityDay', next);
}
