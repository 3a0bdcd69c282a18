import { addDays, daysBetween } from '../time';
import type { Day } from '../types';
import { combineSignals, type HealthScore, type SignalReading } from './combine';
import type { HealthDays } from './health-days';
import type { HealthSignalId, ResolvedHealthSettings } from './settings';
import {
  activeDaysSignal,
  breadthSignal,
  milestonesSignal,
  recencySignal,
  trendSignal,
} from './signals';

// A person's health on a given day, from their health days: the activity window ending that
// day (and the one before it, for the trend), the milestones they had reached by then.

export interface PersonHealthInput {
  days: HealthDays;
  windowDays: number;
  /** The adoption milestones that concern them, and the days those reached were reached. */
  milestones?: { applicable: number; reachedOn: readonly Day[] };
}

export type Reading = SignalReading | { signal: HealthSignalId; value: undefined };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the window ending `day` holds: (day − W, day], and the W days before it. */
export function windowFacts(days: HealthDays, day: Day, windowDays: number) {
  const start = addDays(day, -windowDays);
  const before = addDays(day, -2 * windowDays);
  let activeDays = 0;
  let current = 0;
  let previous = 0;
  let lastActive: Day | undefined;
  let featureDays = 0;
  const features = new Set<string>();
  for (const [d, facts] of days) {
    if (d > day) continue;
    if (facts.count > 0 && (lastActive === undefined || d > lastActive)) lastActive = d;
    if (d > start) {
      if (facts.count > 0) activeDays += 1;
      current += facts.count;
      if (facts.features) {
        featureDays += 1;
        for (const f of facts.features) features.add(f);
      }
    } else if (d > before) previous += facts.count;
  }
  // Features are known when some day of the window carries them, or nothing happened at all.
  const breadth = featureDays > 0 || current === 0 ? features.size : undefined;
  return { activeDays, current, previous, lastActive, breadth };
}

export function personReadings(input: PersonHealthInput, day: Day): Reading[] {
  const w = input.windowDays;
  const f = windowFacts(input.days, day, w);
  const since = f.lastActive === undefined ? undefined : daysBetween(f.lastActive, day);
  const reached = input.milestones?.reachedOn.filter((d) => d <= day).length ?? 0;
  const applicable = input.milestones?.applicable ?? 0;
  return [
    {
      signal: 'activeDays',
      value: activeDaysSignal(f.activeDays, w),
      detail: `${plural(f.activeDays, 'active day')} in the last ${w} days`,
    },
    {
      signal: 'trend',
      value: trendSignal(f.current, f.previous),
      detail: `${plural(f.current, 'action')} in the last ${w} days, ${f.previous} in the ${w} before`,
    },
    {
      signal: 'breadth',
      value: breadthSignal(f.breadth),
      detail: `${plural(f.breadth ?? 0, 'feature')} used in the last ${w} days`,
    } as Reading,
    {
      signal: 'milestones',
      value: milestonesSignal(reached, applicable),
      detail: `${reached} of ${plural(applicable, 'adoption milestone')} reached`,
    } as Reading,
    {
      signal: 'recency',
      value: recencySignal(since, w),
      detail:
        since === undefined
          ? 'No activity on record'
          : since === 0
            ? 'Last active today'
            : since === 1
              ? 'Last active yesterday'
              : `Last active ${since} days ago`,
    },
  ];
}

/** The person's score on `day`; undefined when no weighted signal is known. */
export function personHealth(
  input: PersonHealthInput,
  day: Day,
  settings: ResolvedHealthSettings,
): HealthScore | undefined {
  // Account-only signals never weigh on a person.
  const weights = { ...settings.weights, seats: 0, keyPeople: 0 };
  return combineSignals(personReadings(input, day), weights, settings.thresholds);
}
