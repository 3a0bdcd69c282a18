import { addDays } from '../time';
import type { Day } from '../types';
import type { HealthScore } from './combine';

// The trend line and "health dropped this week": the same score worked out as of earlier days.

export interface HealthPoint {
  day: Day;
  /** Undefined when nothing was known that day. */
  score?: number;
}

/** One point every `step` days over the last `days` days, oldest first, ending on `end`. */
export function healthTrend(
  scoreAt: (day: Day) => HealthScore | undefined,
  end: Day,
  days = 90,
  step = 7,
): HealthPoint[] {
  const points: HealthPoint[] = [];
  for (let back = Math.floor(days / step) * step; back >= 0; back -= step) {
    const day = addDays(end, -back);
    const s = scoreAt(day);
    points.push(s ? { day, score: s.score } : { day });
  }
  return points;
}

export interface HealthChange {
  now: number;
  before: number;
  /** now − before: negative when health dropped. */
  delta: number;
}

/** The score now against `days` days ago; undefined unless both are known. */
export function healthChange(
  scoreAt: (day: Day) => HealthScore | undefined,
  end: Day,
  days = 7,
): HealthChange | undefined {
  const now = scoreAt(end);
  const before = scoreAt(addDays(end, -days));
  if (!now || !before) return undefined;
  return { now: now.score, before: before.score, delta: now.score - before.score };
}

/**
 * The home's "health dropped this week": items whose score fell by at least `minDrop` points
 * over the last 7 days, the largest drop first.
 */
export function healthDrops<T extends { change?: HealthChange }>(
  items: readonly T[],
  minDrop = 10,
): (T & { change: HealthChange })[] {
  return items
    .filter((i): i is T & { change: HealthChange } => (i.change?.delta ?? 0) <= -minDrop)
    .sort((a, b) => a.change.delta - b.change.delta);
}
