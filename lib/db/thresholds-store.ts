import { histogramsByDay } from '../domain/day-histograms';
import { addDays } from '../domain/time';
import type { ActivityDay, Day, Definitions } from '../domain/types';
import { thresholdOfHistogram, type WindowHistogram } from '../domain/window-histogram';
import { getDb } from './database';
import { META } from './meta';
import { typesOf } from './user-stats';

/** Per-day thresholds are kept for this many days up to today (charts and milestones). */
export const THRESHOLD_DAYS = 180;

/** Thresholds for days [from, to], each with the window ending that day, over the activity of
 * the counted users (known and not deactivated: those with user stats), kept with each day's
 * histogram of window counts. */
export async function updateThresholds(
  from: Day,
  to: Day,
  defs: Definitions,
  counted: Set<string>,
): Promise<void> {
  const db = getDb();
  const since = addDays(from, -(defs.windowDays - 1));
  const rollups = await db.activityDays.where('day').between(since, to, true, true).toArray();
  const byUser = new Map<string, ActivityDay[]>();
  for (const r of rollups) {
    if (!counted.has(r.userId)) continue;
    const list = byUser.get(r.userId);
    if (list) list.push(r);
    else byUser.set(r.userId, [r]);
  }
  const byDay = histogramsByDay(byUser.values(), from, to, defs);
  await db.transaction('rw', db.thresholds, db.meta, async () => {
    await db.thresholds.bulkPut(
      [...byDay].map(([day, h]) => ({ day, ...thresholdOfHistogram(h, defs.powerTopPercent) })),
    );
    await keepHistograms(byDay);
  });
}

/** Must run inside a rw transaction over meta: stores these days' histograms with the others
 * kept, dropping days older than the kept range ending at the latest. */
export async function keepHistograms(byDay: Map<Day, WindowHistogram>): Promise<void> {
  const kept = { ...(await META.dayHistograms.get()), ...Object.fromEntries(byDay) };
  const days = Object.keys(kept).sort();
  const oldest = addDays(days[days.length - 1] as Day, -(THRESHOLD_DAYS - 1));
  for (const day of days) if (day < oldest) delete kept[day];
  await META.dayHistograms.set(kept);
}

/**
 * Must run inside a rw transaction over userStats and meta. When today's threshold moved, the
 * power flag of the users it flips: only a window count between the old and the new threshold
 * can change it.
 */
export async function reclassifyAtThreshold(threshold: number | null): Promise<void> {
  const db = getDb();
  const previous = await META.derivedThreshold.get();
  if (previous === threshold) return;
  const a = previous ?? Number.POSITIVE_INFINITY;
  const b = threshold ?? Number.POSITIVE_INFINITY;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const index = db.userStats.where('windowCount');
  const candidates = await (hi === Number.POSITIVE_INFINITY
    ? index.aboveOrEqual(lo)
    : index.between(lo, hi, true, true)
  ).toArray();
  const flipped = candidates.filter((r) => typesOf(r, threshold).join() !== r.types.join());
  for (const r of flipped) r.types = typesOf(r, threshold);
  await db.userStats.bulkPut(flipped);
  await META.derivedThreshold.set(threshold);
}
