import { activityCount } from './rollups';
import { dayFromNumber, dayNumber } from './time';
import type { ActivityDay, Day, Definitions } from './types';
import { moveInHistogram, type WindowHistogram } from './window-histogram';

// perf: one histogram of window counts per kept day (the window ending that day), so a late
// event moves only the users it touches in the windows covering it, instead of a recompute of
// those days' thresholds from every counted user's rollups (seconds at a million events).

/** One user's window count for each day in [from, to] (the window ending that day), 0 left out. */
export function windowCountsByDay(
  rollups: Iterable<ActivityDay>,
  from: Day,
  to: Day,
  defs: Definitions,
): Map<Day, number> {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const W = defs.windowDays;
  // A day d adds its count to the windows ending d … d + W − 1: a difference array over them.
  const delta = new Map<number, number>();
  for (const r of rollups) {
    const n = dayNumber(r.day);
    if (n > end || n + W - 1 < start) continue;
    const count = activityCount(r, defs.activityEvents);
    if (count <= 0) continue;
    delta.set(n, (delta.get(n) ?? 0) + count);
    delta.set(n + W, (delta.get(n + W) ?? 0) - count);
  }
  const out = new Map<Day, number>();
  if (delta.size === 0) return out;
  let sum = 0;
  const points = [...delta.keys()].sort((a, b) => a - b);
  for (const [i, n] of points.entries()) {
    sum += delta.get(n) ?? 0;
    const next = Math.min(points[i + 1] ?? end + 1, end + 1);
    if (sum > 0) for (let d = Math.max(n, start); d < next; d++) out.set(dayFromNumber(d), sum);
  }
  return out;
}

/** The histogram of every day in [from, to] over these users' rollups (each list one user's). */
export function histogramsByDay(
  rollupsByUser: Iterable<ActivityDay[]>,
  from: Day,
  to: Day,
  defs: Definitions,
): Map<Day, WindowHistogram> {
  const out = new Map<Day, WindowHistogram>();
  for (let n = dayNumber(from); n <= dayNumber(to); n++) out.set(dayFromNumber(n), {});
  for (const rollups of rollupsByUser)
    for (const [day, count] of windowCountsByDay(rollups, from, to, defs)) {
      const h = out.get(day);
      if (h) moveInHistogram(h, 0, count);
    }
  return out;
}

/** Moves one user from their window counts `before` to `after` in each day's histogram.
 * Answers the days whose histogram changed. Mutates `histograms`. */
export function moveUserInHistograms(
  histograms: Map<Day, WindowHistogram>,
  before: ReadonlyMap<Day, number>,
  after: ReadonlyMap<Day, number>,
): Day[] {
  const moved: Day[] = [];
  for (const [day, h] of histograms) {
    const b = before.get(day) ?? 0;
    const a = after.get(day) ?? 0;
    if (a === b) continue;
    moveInHistogram(h, b, a);
    moved.push(day);
  }
  return moved;
}
