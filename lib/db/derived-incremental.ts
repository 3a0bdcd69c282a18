import Dexie from 'dexie';
import { addDays, today } from '../domain/time';
import type { Day } from '../domain/types';
import { histogramOf, moveInHistogram, thresholdOfHistogram } from '../domain/window-histogram';
import { getDb } from './database';
import { getDefinitions } from './definitions-store';
import { META } from './meta';
import { reclassifyAtThreshold, THRESHOLD_DAYS, updateThresholds } from './thresholds-store';
import { statsInBatches, typesOf } from './user-stats';

/** Work proportional to the changed users and days (see updateDerived). */
export async function incrementalUpdate(
  change: { users: Iterable<string>; days: Iterable<Day> },
  now: Date,
): Promise<void> {
  const db = getDb();
  const defs = await getDefinitions();
  const end = today(now, defs.timezone);
  const days = [...change.days].sort();
  const users = [...new Set(change.users)];
  const [before, rows] = await Promise.all([
    db.userStats.bulkGet(users),
    statsInBatches(users, defs, now),
  ]);
  const after = new Map(rows.map((r) => [r.userId, r]));
  // A user joining or leaving the counted users (new, deleted, (de)activated) changes every
  // window their activity falls in: from their first active day on.
  let from = days[0];
  let to = days.length ? addDays(days[days.length - 1] as Day, defs.windowDays - 1) : undefined;
  const joinedOrLeft = users.filter((id, i) => !!before[i] !== after.has(id));
  const firstDays = await db.transaction('r', db.activityDays, () =>
    Promise.all(
      joinedOrLeft.map((id) =>
        db.activityDays
          .where('[userId+day]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .first(),
      ),
    ),
  );
  for (const r of firstDays) {
    if (!r) continue;
    if (from === undefined || r.day < from) from = r.day;
    to = end;
  }

  const stored = await META.windowCountHistogram.get();
  const histogram =
    stored ?? histogramOf((await db.userStats.orderBy('windowCount').keys()) as number[]);
  for (const [i, id] of users.entries())
    moveInHistogram(histogram, before[i]?.windowCount ?? 0, after.get(id)?.windowCount ?? 0);
  const todays = thresholdOfHistogram(histogram, defs.powerTopPercent);
  const threshold = todays.threshold;
  for (const r of rows) r.types = typesOf(r, threshold);

  await db.transaction('rw', db.userStats, db.thresholds, db.meta, async () => {
    await db.userStats.bulkDelete(users.filter((id) => !after.has(id)));
    await db.userStats.bulkPut(rows);
    await db.thresholds.put({ day: end, ...todays });
    await META.windowCountHistogram.set(histogram);
    await reclassifyAtThreshold(threshold);
  });

  // Earlier days whose windows cover a changed day (late or deleted events, joins and leaves).
  const first = addDays(end, -(THRESHOLD_DAYS - 1));
  const yesterday = addDays(end, -1);
  if (from && to) {
    const x = from < first ? first : from;
    const y = to > yesterday ? yesterday : to;
    if (x <= y) {
      const counted = (await db.userStats.toCollection().primaryKeys()) as string[];
      await updateThresholds(x, y, defs, new Set(counted));
    }
  }
}
