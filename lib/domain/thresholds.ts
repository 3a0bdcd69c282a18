import { CountRanking } from './count-ranking';
import { activityCount } from './rollups';
import { dayFromNumber, dayNumber } from './time';
import type { ActivityDay, Day, Definitions } from './types';

export interface DayThreshold {
  threshold: number | null;
  activeUsers: number;
}

/**
 * The workspace power threshold for every day in [from, to], each with the window ending that
 * day ((day − W, day], see windowCount). One sliding pass: moving from day d−1 to d adds day
 * d's activity and removes day d−W's, updating only the users touched, and a CountRanking gives
 * the k-th highest count without re-sorting. `rollups` = all non-deactivated users' rollups.
 */
export function powerThresholdsByDay(
  rollups: Iterable<ActivityDay>,
  from: Day,
  to: Day,
  defs: Definitions,
): Map<Day, DayThreshold> {
  const result = new Map<Day, DayThreshold>();
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end < start) return result;
  const W = defs.windowDays;
  const first = start - W + 1; // the earliest day inside the first window

  // Activity per day offset, as (user, count) pairs.
  const byDay: Array<Array<[string, number]>> = [];
  for (const r of rollups) {
    const n = dayNumber(r.day) - first;
    if (n < 0 || n > end - first) continue;
    const count = activityCount(r, defs.activityEvents);
    if (count <= 0) continue;
    let list = byDay[n];
    if (!list) {
      list = [];
      byDay[n] = list;
    }
    list.push([r.userId, count]);
  }

  const counts = new Map<string, number>();
  const ranking = new CountRanking();
  const shift = (userId: string, delta: number) => {
    const before = counts.get(userId) ?? 0;
    const after = before + delta;
    if (after > 0) counts.set(userId, after);
    else counts.delete(userId);
    ranking.move(before, after);
  };

  for (let n = 0; n <= end - first; n++) {
    for (const [userId, count] of byDay[n] ?? []) shift(userId, count);
    const leaving = n - W; // this day just fell out of the window ending at offset n
    if (leaving >= 0) for (const [userId, count] of byDay[leaving] ?? []) shift(userId, -count);
    if (n + first < start) continue;
    result.set(dayFromNumber(n + first), {
      threshold: ranking.threshold(defs.powerTopPercent),
      activeUsers: ranking.activeUsers,
    });
  }
  return result;
}
