import { countOf } from './counts';
import { type LabelMap, labelFor } from './labels';
import { dayFromNumber, dayNumber } from './time';
import type { ActivityDay, AdoptionMilestone, Day, User } from './types';

// Adoption milestones ("exported data 3 times within the window") worked out from the daily
// rollups' per-name counts, so raw events and backend rollups give the same answer.

/** Reached on `day` (the first day the rule held); not reached (with the count so far); or not
 * known, when some of the user's rollups carry no per-name counts. */
export type MilestoneStatus =
  | { state: 'reached'; day: Day }
  | { state: 'not-reached'; count: number }
  | { state: 'unknown' };

/** Whether the milestone concerns this user: no roles and no personas = everyone. */
export function milestoneAppliesTo(
  milestone: AdoptionMilestone,
  user: Pick<User, 'roleId' | 'personaId'>,
): boolean {
  if (milestone.roleIds.length === 0 && milestone.personaIds.length === 0) return true;
  return (
    (user.roleId !== undefined && milestone.roleIds.includes(user.roleId)) ||
    (user.personaId !== undefined && milestone.personaIds.includes(user.personaId))
  );
}

/**
 * The first day on which the user had done the milestone's event `count` times (all time), or
 * `count` times within the `windowDays` days ending that day. Reaching it again later changes
 * nothing: a milestone is reached once.
 */
export function milestoneStatus(
  milestone: AdoptionMilestone,
  rollups: readonly ActivityDay[],
  windowDays: number,
): MilestoneStatus {
  const perDay: [number, number][] = [];
  for (const r of rollups) {
    if (r.events > 0 && !r.names) return { state: 'unknown' };
    const n = r.names ? countOf(r.names, milestone.event) : 0;
    if (n > 0) perDay.push([dayNumber(r.day), n]);
  }
  perDay.sort((a, b) => a[0] - b[0]);
  const need = Math.max(1, milestone.count);
  let sum = 0;
  let best = 0;
  let tail = 0;
  for (const [day, n] of perDay) {
    sum += n;
    if (milestone.withinWindow) {
      // The window ending `day` is (day − W, day]: drop the days before it.
      while ((perDay[tail]?.[0] ?? day) <= day - windowDays) sum -= perDay[tail++]?.[1] ?? 0;
    }
    if (sum >= need) return { state: 'reached', day: dayFromNumber(day) };
    best = Math.max(best, sum);
  }
  return { state: 'not-reached', count: best };
}

/** The day each milestone was reached, and those that cannot be known (scope not applied). */
export function reachedMilestones(
  milestones: readonly AdoptionMilestone[],
  rollups: readonly ActivityDay[],
  windowDays: number,
): { reached: Record<string, Day>; unknown: string[] } {
  const reached: Record<string, Day> = {};
  const unknown: string[] = [];
  for (const m of milestones) {
    const status = milestoneStatus(m, rollups, windowDays);
    if (status.state === 'reached') reached[m.id] = status.day;
    else if (status.state === 'unknown') unknown.push(m.id);
  }
  return { reached, unknown };
}

export interface UserMilestone {
  milestone: AdoptionMilestone;
  status: MilestoneStatus;
}

/** The milestones that concern this user with their status, in definition order. */
export function userMilestones(
  milestones: readonly AdoptionMilestone[],
  user: Pick<User, 'roleId' | 'personaId'>,
  rollups: readonly ActivityDay[],
  windowDays: number,
): UserMilestone[] {
  return milestones
    .filter((m) => milestoneAppliesTo(m, user))
    .map((milestone) => ({ milestone, status: milestoneStatus(milestone, rollups, windowDays) }));
}

/** "Report shared 3 times within the activity window" / "Login once": the event's label. */
export function milestoneRuleText(m: AdoptionMilestone, eventLabels?: LabelMap): string {
  const times = m.count === 1 ? 'once' : `${m.count} times`;
  const event = labelFor(m.event, eventLabels);
  return `${event} ${times}${m.withinWindow ? ' within the activity window' : ''}`;
}
