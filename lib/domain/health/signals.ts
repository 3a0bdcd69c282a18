// Each signal of the health score as a value from 0 (worst) to 1 (best), or undefined when
// it cannot be known (or does not apply), so the score never claims what it does not know.

/** Active days in the window that earn full marks: about three days a week. */
export const ACTIVE_DAYS_TARGET_SHARE = 0.4;
/** Distinct features used in the window that earn full marks. */
export const BREADTH_TARGET = 5;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Active days in the window against the target share of the window's days. */
export function activeDaysSignal(activeDays: number, windowDays: number): number {
  const target = Math.max(1, Math.ceil(windowDays * ACTIVE_DAYS_TARGET_SHARE));
  return clamp01(activeDays / target);
}

/**
 * Activity in this window against the one before: 0.5 is steady, 1 is from nothing to some,
 * 0 is from some to nothing. Doubling gives 0.75, halving 0.25. No activity in either: 0
 * (steady at nothing is not healthy).
 */
export function trendSignal(current: number, previous: number): number {
  const top = Math.max(current, previous);
  if (top <= 0) return 0;
  return clamp01(0.5 + (0.5 * (current - previous)) / top);
}

/** Distinct features used in the window; undefined when the activity carries no features. */
export function breadthSignal(
  features: number | undefined,
  target = BREADTH_TARGET,
): number | undefined {
  if (features === undefined) return undefined;
  return clamp01(features / Math.max(1, target));
}

/** Adoption milestones reached of those that concern them; undefined when none does. */
export function milestonesSignal(reached: number, applicable: number): number | undefined {
  if (applicable <= 0) return undefined;
  return clamp01(reached / applicable);
}

/** 1 when active today or yesterday, falling to 0 at a whole window without activity. */
export function recencySignal(daysSinceActive: number | undefined, windowDays: number): number {
  if (daysSinceActive === undefined) return 0;
  if (daysSinceActive <= 1) return 1;
  return clamp01(1 - (daysSinceActive - 1) / Math.max(1, windowDays - 1));
}

/** Seats in use against licences; undefined when the licences are not known. */
export function seatsSignal(activeUsers: number, licences: number | undefined): number | undefined {
  if (licences === undefined || licences <= 0) return undefined;
  return clamp01(activeUsers / licences);
}

/** The share of the account's influencers and power users who are active now. */
export function keyPeopleSignal(activeKey: number, key: number): number | undefined {
  if (key <= 0) return undefined;
  return clamp01(activeKey / key);
}
