import { activityCount } from './rollups';
import { addDays, today } from './time';
import type { ActivityDay, Day, Definitions } from './types';

export interface UtilisationPoint {
  day: Day;
  logins: number;
  events: number;
  durationSec: number;
}

/** One point per login day (logins > 0) in the last `rangeDays` days up to today, oldest
 * first. `events` counts activity under the definitions. */
export function utilisationSeries(
  rollups: ActivityDay[],
  defs: Definitions,
  now: Date,
  rangeDays: number,
): UtilisationPoint[] {
  const end = today(now, defs.timezone);
  const after = addDays(end, -rangeDays);
  const byDay = new Map<Day, UtilisationPoint>();
  for (const r of rollups) {
    if (r.day <= after || r.day > end) continue;
    const point = byDay.get(r.day) ?? { day: r.day, logins: 0, events: 0, durationSec: 0 };
    point.logins += r.logins;
    point.events += activityCount(r, defs.activityEvents);
    point.durationSec += r.durationSec;
    byDay.set(r.day, point);
  }
  return [...byDay.values()]
    .filter((p) => p.logins > 0)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
