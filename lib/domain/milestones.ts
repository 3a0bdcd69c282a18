import { activityCount } from './rollups';
import { dayFromNumber, dayNumber } from './time';
import type { ActivityDay, Day, Definitions, Milestone, MilestoneKind } from './types';

interface DayState {
  active: boolean;
  inactive: boolean;
  influencer: boolean;
  /** Undefined when that day's threshold is not known. */
  power: boolean | undefined;
}

/**
 * Days in [from, to] on which the user became inactive, an influencer or a power user: the type
 * holds at the end of that day and did not at the end of the day before, each day classified
 * with the window ending that day. Pass thresholds for from − 1 too; a power milestone is only
 * reported when the thresholds of both the day and the day before are known, so a missing day
 * never invents one. Sorted by day, then kind (inactive, influencer, power). A user who became
 * a CRM contact on a known day (`influencerSince`: a sighting, or `crmContact` arriving in a
 * sync) is a candidate from that day on; without it, always.
 */
export function milestones(input: {
  rollups: ActivityDay[];
  thresholds: Map<Day, { threshold: number | null }>;
  isInfluencerCandidate: boolean;
  influencerSince?: Day;
  from: Day;
  to: Day;
  defs: Definitions;
}): Milestone[] {
  const { defs, thresholds } = input;
  const start = dayNumber(input.from);
  const end = dayNumber(input.to);
  if (end < start) return [];
  const W = defs.windowDays;
  const candidateFrom = input.influencerSince
    ? dayNumber(input.influencerSince)
    : Number.NEGATIVE_INFINITY;

  const countByDay = new Map<number, number>();
  let firstEvent = Number.POSITIVE_INFINITY;
  for (const r of input.rollups) {
    const n = dayNumber(r.day);
    if (r.events > 0 && n < firstEvent) firstEvent = n;
    const count = activityCount(r, defs.activityEvents);
    if (count > 0) countByDay.set(n, (countByDay.get(n) ?? 0) + count);
  }

  // The window ending on from − 1: (from − 1 − W, from − 1].
  let windowSum = 0;
  for (let n = start - W; n <= start - 1; n++) windowSum += countByDay.get(n) ?? 0;

  const stateOf = (n: number): DayState => {
    const active = windowSum > 0;
    const entry = thresholds.get(dayFromNumber(n));
    let power: boolean | undefined;
    if (entry !== undefined) {
      power = active && entry.threshold !== null && windowSum >= entry.threshold;
    }
    return {
      active,
      inactive: !active && firstEvent <= n,
      influencer: active && input.isInfluencerCandidate && n >= candidateFrom,
      power,
    };
  };

  const found: Milestone[] = [];
  let previous = stateOf(start - 1);
  for (let n = start; n <= end; n++) {
    windowSum += (countByDay.get(n) ?? 0) - (countByDay.get(n - W) ?? 0);
    const current = stateOf(n);
    const day = dayFromNumber(n);
    const push = (kind: MilestoneKind) => found.push({ day, kind });
    if (current.inactive && !previous.inactive) push('inactive');
    if (current.influencer && !previous.influencer) push('influencer');
    if (current.power === true && previous.power === false) push('power');
    previous = current;
  }
  return found;
}
