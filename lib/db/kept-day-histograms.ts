import { moveUserInHistograms, windowCountsByDay } from '../domain/day-histograms';
import { dayRange } from '../domain/time';
import type { ActivityDay, Day, Definitions } from '../domain/types';
import { thresholdOfHistogram, type WindowHistogram } from '../domain/window-histogram';
import type { RollupsBefore } from './apply-page';
import { getDb } from './database';
import { META } from './meta';
import { keepHistograms, updateThresholds } from './thresholds-store';
import { rollupsOf } from './user-stats';

// perf: the thresholds of the kept days before today follow a run of pages by moving only the
// users it touched in each day's histogram of window counts (META.dayHistograms), from
// their window counts before the run to those after. Before, a late event recomputed every
// covered day from all counted users' rollups: 30 days of them, seconds at a million events.

export interface UserMove {
  userId: string;
  /** Had user stats before the run (was counted in the thresholds). */
  countedBefore: boolean;
  countedAfter: boolean;
}

/**
 * Moves these users in the histograms of the days [from, to]. `rollups`: their rollups now,
 * as read for their stats (others are read here); `before`: their rollups the run changed, as
 * they were. A store without the histograms gets every day of the range once, from scratch.
 */
export async function moveInKeptDays(input: {
  moves: UserMove[];
  rollups: Map<string, ActivityDay[]>;
  before: RollupsBefore;
  from: Day;
  to: Day;
  defs: Definitions;
}): Promise<void> {
  const { from, to, defs, before } = input;
  const movers = input.moves.filter(
    (m) => m.countedBefore !== m.countedAfter || (m.countedAfter && before.has(m.userId)),
  );
  if (movers.length === 0 || to < from) return;
  const missing = movers.filter((m) => !input.rollups.has(m.userId)).map((m) => m.userId);
  const read = missing.length ? await rollupsOf(missing, false) : new Map();
  const rollups = new Map([...input.rollups, ...read]);
  const db = getDb();
  const complete = await db.transaction('rw', db.thresholds, db.meta, async () => {
    const kept = (await META.dayHistograms.get()) ?? {};
    const days = dayRange(from, to);
    if (days.some((day) => !kept[day])) return false;
    const histograms = new Map(days.map((day) => [day, kept[day] as WindowHistogram]));
    const changed = new Set<Day>();
    for (const m of movers) {
      const now = rollups.get(m.userId) ?? [];
      const was = m.countedBefore
        ? windowCountsByDay(asBefore(now, before.get(m.userId)), from, to, defs)
        : new Map<Day, number>();
      const is = m.countedAfter ? windowCountsByDay(now, from, to, defs) : new Map<Day, number>();
      for (const day of moveUserInHistograms(histograms, was, is)) changed.add(day);
    }
    if (changed.size === 0) return true;
    const moved = new Map([...changed].map((day) => [day, histograms.get(day) ?? {}]));
    await db.thresholds.bulkPut(
      [...moved].map(([day, h]) => ({ day, ...thresholdOfHistogram(h, defs.powerTopPercent) })),
    );
    await keepHistograms(moved);
    return true;
  });
  if (complete) return;
  const counted = (await db.userStats.toCollection().primaryKeys()) as string[];
  await updateThresholds(from, to, defs, new Set(counted));
}

/** A user's rollups with the ones a run changed put back as they were. */
function asBefore(
  now: ActivityDay[],
  changed: Map<Day, ActivityDay | undefined> | undefined,
): ActivityDay[] {
  if (!changed) return now;
  const out = now.filter((r) => !changed.has(r.day));
  for (const r of changed.values()) if (r) out.push(r);
  return out;
}
