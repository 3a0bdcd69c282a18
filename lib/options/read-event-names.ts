import { getDb } from '../db/database';
import { addDays, today } from '../domain/time';

/**
 * Distinct event names seen in the data, for the activity-event picker. Reads the rollups of
 * the last `days` days (their `names` counts) through the day index, so a workspace with a
 * million events stays quick; falls back to raw events when rollups carry no names.
 */
export async function readEventNames(now: Date, days = 180): Promise<string[]> {
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
  return [...names].sort((a, b) => a.localeCompare(b));
}
