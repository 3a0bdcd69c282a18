import Dexie from 'dexie';
import { addDays, today } from '../domain/time';
import type { ActivityDay, Day, Definitions } from '../domain/types';
import { histogramOf, moveInHistogram, thresholdOfHistogram } from '../domain/window-histogram';
import type { RollupsBefore } from './apply-page';
import { getDb } from './database';
import { getDefinitions } from './definitions-store';
import { moveInKeptDays } from './kept-day-histograms';
import { META } from './meta';
import type { UserStats } from './records';
import {
  keepHistograms,
  reclassifyAtThreshold,
  THRESHOLD_DAYS,
  updateThresholds,
} from './thresholds-store';
import { statsInBatches, typesOf } from './user-stats';

export interface DerivedChange {
  users: Iterable<string>;
  days: Iterable<Day>;
  /** The changed rollups as they were before the run (ApplyResult.before): the kept days'
   * histograms move with it. Without it, the days covering `days` are recomputed from the
   * rollups (and a user joining or leaving the counted users: every day from their first). */
  before?: RollupsBefore;
}

/** Work proportional to the changed users and days (see updateDerived). */
export async function incrementalUpdate(change: DerivedChange, now: Date): Promise<void> {
  const db = getDb();
  const defs = await getDefinitions();
  const end = today(now, defs.timezone);
  const days = [...change.days].sort();
  const users = [...new Set(change.users)];
  const rollups = new Map<string, ActivityDay[]>();
  const [before, rows] = await Promise.all([
    db.userStats.bulkGet(users),
    statsInBatches(users, defs, now, false, rollups),
  ]);
  const after = new Map(rows.map((r) => [r.userId, r]));
  const first = addDays(end, -(THRESHOLD_DAYS - 1));
  const yesterday = addDays(end, -1);
  const range = change.before
    ? undefined
    : await changedRange(users, before, after, days, defs, end);
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
    await keepHistograms(new Map([[end, histogram]]));
    await reclassifyAtThreshold(threshold);
  });

  // Earlier days whose windows cover a changed day (late or deleted events, joins and leaves).
  if (change.before) {
    const moves = users.map((userId, i) => ({
      userId,
      countedBefore: before[i] !== undefined,
      countedAfter: after.has(userId),
    }));
    await moveInKeptDays({
      moves,
      rollups,
      before: change.before,
      from: first,
      to: yesterday,
      defs,
    });
    return;
  }
  if (range) {
    const x = range.from < first ? first : range.from;
    const y = range.to > yesterday ? yesterday : range.to;
    if (x <= y) {
      const counted = (await db.userStats.toCollection().primaryKeys()) as string[];
      await updateThresholds(x, y, defs, new Set(counted));
    }
  }
}

/** The days whose thresholds a change moves, without the rollups as they were before it. */
async function changedRange(
  users: string[],
  before: (UserStats | undefined)[],
  after: Map<string, UserStats>,
  days: Day[],
  defs: Definitions,
  end: Day,
): Promise<{ from: Day; to: Day } | undefined> {
  const db = getDb();
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
  return from && to ? { from, to } : undefined;
}
