import { activityCount } from './rollups';
import { addDays, dayRange, today, weekStart } from './time';
import type { ActivityDay, Day, Definitions } from './types';

export interface TimelinePoint {
  start: Day;
  /** Activity events under the definitions. */
  events: number;
  logins: number;
  durationSec: number;
  /** Distinct features used in the period. */
  features: number;
}

/**
 * The activity timeline of the last `days` days (default 90) up to today, oldest first and
 * zero-filled. Weekly points start on Mondays; the first week is taken whole (it may begin a
 * few days before the range) so no bar shows a partial week except the current one.
 */
export function activityTimeline(
  rollups: ActivityDay[],
  defs: Definitions,
  now: Date,
  opts?: { days?: number; granularity?: 'daily' | 'weekly' },
): TimelinePoint[] {
  const days = opts?.days ?? 90;
  const weekly = opts?.granularity === 'weekly';
  const end = today(now, defs.timezone);
  let from = addDays(end, -(days - 1));
  if (weekly) from = weekStart(from);
  const bucketOf = (day: Day) => (weekly ? weekStart(day) : day);

  const points = new Map<Day, TimelinePoint>();
  const featureSets = new Map<Day, Set<string>>();
  for (const day of dayRange(from, end)) {
    const start = bucketOf(day);
    if (!points.has(start)) {
      points.set(start, { start, events: 0, logins: 0, durationSec: 0, features: 0 });
      featureSets.set(start, new Set());
    }
  }
  for (const r of rollups) {
    if (r.day < from || r.day > end) continue;
    const start = bucketOf(r.day);
    const point = points.get(start);
    if (!point) continue;
    point.events += activityCount(r, defs.activityEvents);
    point.logins += r.logins;
    point.durationSec += r.durationSec;
    const set = featureSets.get(start);
    for (const name of Object.keys(r.features ?? {})) set?.add(name);
  }
  for (const [start, set] of featureSets) {
    const point = points.get(start);
    if (point) point.features = set.size;
  }
  return [...points.values()];
}
