import { activityCount } from './rollups';
import { addDays, daysBetween, today } from './time';
import {
  type ActivityDay,
  type Day,
  type Definitions,
  USER_TYPE_LABELS,
  type UserType,
} from './types';

export interface UserSummary {
  /** Active days in the current window and in the window before it. */
  activeDaysNow: number;
  activeDaysBefore: number;
  trend: 'up' | 'down' | 'flat';
  lastActiveOn?: Day;
  /** Whole days since the last active day; undefined when never active. */
  quietDays?: number;
  /** One suggested next step, or undefined when nothing calls for one. */
  nextStep?: string;
}

/**
 * The few facts a CSM needs before scrolling: is this person using the product more or less than
 * in the window before, since when are they quiet, and what to do about it. Suggestions follow
 * from the types and the dates only: nothing is guessed.
 */
export function userSummary(input: {
  types: readonly UserType[];
  rollups: readonly ActivityDay[];
  defs: Definitions;
  now: Date;
}): UserSummary {
  const { defs } = input;
  const end = today(input.now, defs.timezone);
  const windowStart = addDays(end, -defs.windowDays);
  const previousStart = addDays(end, -2 * defs.windowDays);
  let activeDaysNow = 0;
  let activeDaysBefore = 0;
  let lastActiveOn: Day | undefined;
  for (const r of input.rollups) {
    if (r.day > end || activityCount(r, defs.activityEvents) <= 0) continue;
    if (lastActiveOn === undefined || r.day > lastActiveOn) lastActiveOn = r.day;
    if (r.day > windowStart) activeDaysNow += 1;
    else if (r.day > previousStart) activeDaysBefore += 1;
  }
  const trend =
    activeDaysNow > activeDaysBefore ? 'up' : activeDaysNow < activeDaysBefore ? 'down' : 'flat';
  const quietDays = lastActiveOn ? daysBetween(lastActiveOn, end) : undefined;
  return {
    activeDaysNow,
    activeDaysBefore,
    trend,
    lastActiveOn,
    quietDays,
    nextStep: nextStep(input.types, quietDays, activeDaysNow, activeDaysBefore),
  };
}

/** A champion going quiet matters sooner than anyone else: a week without activity is news. */
const QUIET_DAYS = 7;

function nextStep(
  types: readonly UserType[],
  quietDays: number | undefined,
  now: number,
  before: number,
): string | undefined {
  if (types.includes('zombie')) return 'Never used the product: add to an onboarding cadence';
  const key = types.find((t) => t === 'power' || t === 'influencer');
  if (key && quietDays !== undefined && quietDays >= QUIET_DAYS)
    return `${USER_TYPE_LABELS[key]} gone quiet ${quietDays} days: add to a re-engagement cadence`;
  if (types.includes('inactive') && quietDays !== undefined)
    return `Inactive ${quietDays} days: add to a re-engagement cadence`;
  if (before > 0 && now * 2 <= before)
    return `Active days down from ${before} to ${now}: check in with them`;
  return undefined;
}
