import { activityCount } from './rollups';
import { addDays, dayRange, today } from './time';
import type { ActivityDay, Day, Definitions } from './types';

export interface StripDay {
  day: Day;
  active: boolean;
  count: number;
}

/** The last `days` days up to today, oldest first: active when the day had activity under the
 * definitions. */
export function activityStrip(
  rollups: ActivityDay[],
  defs: Definitions,
  now: Date,
  days = 60,
): StripDay[] {
  const end = today(now, defs.timezone);
  const from = addDays(end, -(days - 1));
  const counts = new Map<Day, number>();
  for (const r of rollups) {
    if (r.day < from || r.day > end) continue;
    counts.set(r.day, (counts.get(r.day) ?? 0) + activityCount(r, defs.activityEvents));
  }
  return dayRange(from, end).map((day) => {
    const count = counts.get(day) ?? 0;
    return { day, active: count > 0, count };
  });
}
