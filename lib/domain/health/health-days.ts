import { activityCount } from '../rollups';
import type { ActivityDay, Day } from '../types';

// What the health score needs of one person's daily rollups, one entry per day. A rollup is
// identified by (user, day), so an upserted or deleted rollup replaces or removes its day's
// entry: the map follows the store change by change, and equals one built from all rollups.

export interface HealthDay {
  /** Activity under the definitions (the workspace's activity events). */
  count: number;
  /** Features used that day; absent when the rollup carries no feature counts. */
  features?: readonly string[];
}

export type HealthDays = Map<Day, HealthDay>;

/** A rollup's entry, or undefined when it says nothing the score uses. */
export function healthDayOf(
  rollup: ActivityDay,
  activityEvents: readonly string[],
): HealthDay | undefined {
  const count = activityCount(rollup, activityEvents as string[]);
  const features = rollup.features
    ? Object.keys(rollup.features)
        .filter((f) => (rollup.features?.[f] ?? 0) > 0)
        .sort()
    : undefined;
  if (count <= 0 && !features?.length) return undefined;
  return features ? { count, features } : { count };
}

/** Applies one rollup change: `rollup` upserted, or undefined when that day's rollup is gone. */
export function applyHealthDay(
  days: HealthDays,
  day: Day,
  rollup: ActivityDay | undefined,
  activityEvents: readonly string[],
): void {
  const entry = rollup ? healthDayOf(rollup, activityEvents) : undefined;
  if (entry) days.set(day, entry);
  else days.delete(day);
}

/** The map for a person's rollups (one per day; a later duplicate of a day replaces it). */
export function buildHealthDays(
  rollups: Iterable<ActivityDay>,
  activityEvents: readonly string[],
): HealthDays {
  const days: HealthDays = new Map();
  for (const r of rollups) applyHealthDay(days, r.day, r, activityEvents);
  return days;
}

/** Drops days before `from`: a store that keeps only what the trend line can reach. */
export function pruneHealthDays(days: HealthDays, from: Day): void {
  for (const day of days.keys()) if (day < from) days.delete(day);
}
