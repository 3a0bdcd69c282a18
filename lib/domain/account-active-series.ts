import { activityCount } from './rollups';
import { addDays, daysBetween, today } from './time';
import type { ActivityDay, Day, Definitions } from './types';

export interface AccountActivePoint {
  day: Day;
  /** Users with at least one activity event on this day. */
  activeThatDay: number;
  /** Users of type Active with the window ending this day (what the "Active" count shows today). */
  activeInWindow: number;
}

/**
 * The account's active users for each of the last `days` days (oldest first, zero-filled).
 * `rollups` are the account's users' rollups (deactivated users already left out). Each user's
 * active days are merged into covered ranges so a user counts once per day however many active
 * days fall in the window: O(active days + days), fine for 5,000 users.
 */
export function accountActiveSeries(
  rollups: Iterable<ActivityDay>,
  defs: Definitions,
  now: Date,
  days = 90,
): AccountActivePoint[] {
  const end = today(now, defs.timezone);
  const from = addDays(end, -(days - 1));
  const W = Math.max(1, defs.windowDays);
  // Activity up to W-1 days before `from` still makes a user active on `from`.
  const scanFrom = addDays(from, -(W - 1));
  const span = days + W - 1;
  const activeDaysByUser = new Map<string, number[]>();
  for (const rollup of rollups) {
    if (rollup.day < scanFrom || rollup.day > end) continue;
    if (activityCount(rollup, defs.activityEvents) <= 0) continue;
    const index = daysBetween(scanFrom, rollup.day);
    if (index < 0 || index >= span) continue;
    const list = activeDaysByUser.get(rollup.userId);
    if (list) list.push(index);
    else activeDaysByUser.set(rollup.userId, [index]);
  }

  const thatDay = new Array<number>(span).fill(0);
  // Difference array: +1 where a user's covered range starts, -1 after it ends.
  const windowDiff = new Array<number>(span + 1).fill(0);
  for (const indices of activeDaysByUser.values()) {
    indices.sort((a, b) => a - b);
    let rangeStart = -1;
    let rangeEnd = -1;
    let previous = -1;
    for (const index of indices) {
      if (index === previous) continue; // two rollups for one day (should not happen) count once
      previous = index;
      thatDay[index] = (thatDay[index] ?? 0) + 1;
      const coverEnd = Math.min(span - 1, index + W - 1);
      if (rangeStart >= 0 && index <= rangeEnd + 1) {
        rangeEnd = Math.max(rangeEnd, coverEnd);
        continue;
      }
      if (rangeStart >= 0) addRange(windowDiff, rangeStart, rangeEnd);
      rangeStart = index;
      rangeEnd = coverEnd;
    }
    if (rangeStart >= 0) addRange(windowDiff, rangeStart, rangeEnd);
  }

  const points: AccountActivePoint[] = [];
  let running = 0;
  for (let i = 0; i < span; i++) {
    running += windowDiff[i] ?? 0;
    if (i < W - 1) continue;
    points.push({
      day: addDays(scanFrom, i),
      activeThatDay: thatDay[i] ?? 0,
      activeInWindow: running,
    });
  }
  return points;
}

function addRange(diff: number[], start: number, end: number): void {
  diff[start] = (diff[start] ?? 0) + 1;
  diff[end + 1] = (diff[end + 1] ?? 0) - 1;
}
