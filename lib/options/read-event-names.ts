import { getDb } from '../db/database';
import { keepEventNames } from '../db/event-names';
import { META } from '../db/meta';
import { addDays, today } from '../domain/time';

/**
 * Distinct event names seen in the data, for the activity-event picker: the list every synced
 * page keeps (META.eventNames). A database synced before that list was kept gets it once from
 * a scan of the last `days` days of rollups (their `names` counts, through the day index), or
 * of raw events when rollups carry no names; a million events take seconds to scan, and the
 * scan holds the stores the sync writes, so it is never repeated.
 */
export async function readEventNames(now: Date, days = 180): Promise<string[]> {
  const db = getDb();
  // From here on, pages put their names aside (keepEventNames): the scan's reads may pass
  // their rows before they are stored. A scan stopped half-way leaves the marker for the next.
  const kept = await db.transaction('rw', db.meta, async () => {
    const list = await META.eventNames.get();
    if (!list && !(await META.eventNamesDuringScan.get())) await META.eventNamesDuringScan.set([]);
    return list;
  });
  if (kept) return kept;
  const scanned = await scanEventNames(now, days);
  return db.transaction('rw', db.meta, async () => {
    // A sync may have started the list meanwhile: everything counts.
    const aside = (await META.eventNamesDuringScan.get()) ?? [];
    await META.eventNamesDuringScan.remove();
    return (await keepEventNames([...scanned, ...aside], true)) ?? [];
  });
}

async function scanEventNames(now: Date, days: number): Promise<Set<string>> {
  const db = getDb();
  const from = addDays(today(now, 'UTC'), -days - 1);
  const names = new Set<string>();
  await db.activityDays
    .where('day')
    .aboveOrEqual(from)
    .each((row) => {
      for (const name of Object.keys(row.names ?? {})) names.add(name);
    });
  if (names.size === 0) {
    await db.events.limit(200_000).each((e) => {
      names.add(e.name);
    });
  }
  return names;
}
