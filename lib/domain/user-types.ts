import { activityCount } from './rollups';
import { addDays, today } from './time';
import type { ActivityDay, Day, Definitions, User, UserType } from './types';

/**
 * The power-user threshold T: with N active users (count > 0) and p = topPercent,
 * k = ceil(N × p / 100) (at least 1, at most N) and T = the k-th highest count. Every active
 * user with count ≥ T is a power user, so ties at T are all in. Null when nobody is active.
 */
export function powerThreshold(activeCounts: number[], topPercent: number): number | null {
  const active = activeCounts.filter((n) => n > 0).sort((a, b) => b - a);
  if (active.length === 0) return null;
  return active[powerRank(active.length, topPercent) - 1] ?? null;
}

/** k for N active users: ceil(N × p / 100), clamped to [1, N]. The epsilon keeps a product
 * like 3 × 33.3333 / 100 from rounding up past a whole number. */
export function powerRank(activeUsers: number, topPercent: number): number {
  const k = Math.ceil((activeUsers * topPercent) / 100 - 1e-9);
  return Math.min(activeUsers, Math.max(1, k));
}

export interface ClassifyInput {
  windowCount: number;
  everActive: boolean;
  isInfluencerCandidate: boolean;
  threshold: number | null;
  deactivated?: boolean;
}

/** The types a user holds, in display order: 'power', 'influencer', 'active' | 'inactive' |
 * 'zombie'. Deactivated users hold none. */
export function classifyUser(input: ClassifyInput): UserType[] {
  if (input.deactivated) return [];
  if (input.windowCount > 0) {
    const types: UserType[] = [];
    if (input.threshold !== null && input.windowCount >= input.threshold) types.push('power');
    if (input.isInfluencerCandidate) types.push('influencer');
    types.push('active');
    return types;
  }
  return input.everActive ? ['inactive'] : ['zombie'];
}

/** Would be an influencer when active: a CRM contact (per the backend or seen by the extension
 * on a CRM contact page), or holding one of the configured influencer roles/personas. */
export function isInfluencerCandidate(user: User, seenInCrm: boolean, defs: Definitions): boolean {
  if (user.crmContact === true || seenInCrm) return true;
  if (user.roleId !== undefined && defs.influencerRoleIds.includes(user.roleId)) return true;
  return user.personaId !== undefined && defs.influencerPersonaIds.includes(user.personaId);
}

/**
 * Activity in the window ending on `endDay`. The window is (endDay − W, endDay]: the W days
 * endDay − W + 1 … endDay, both included. With W = 30 and endDay = 2026-03-31, an event on
 * 2026-03-02 counts and one on 2026-03-01 does not.
 */
export function windowCount(rollups: ActivityDay[], endDay: Day, defs: Definitions): number {
  const after = addDays(endDay, -defs.windowDays);
  let sum = 0;
  for (const r of rollups) {
    if (r.day > after && r.day <= endDay) sum += activityCount(r, defs.activityEvents);
  }
  return sum;
}

export interface UserClassification {
  types: UserType[];
  windowCount: number;
  activeDaysWindow: number;
  /** Has had any event (activity or not) on or before today. */
  everActive: boolean;
  /** The latest day up to today with activity under the definitions. */
  lastActiveDay?: Day;
}

/** Every non-deactivated user's types for the window ending today (in the workspace zone).
 * Deactivated users are left out of the threshold and of the result. Days after today are
 * ignored (clock skew must not make someone active early). */
export function classifyWorkspace(input: {
  users: User[];
  rollupsByUser: Map<string, ActivityDay[]>;
  seenInCrm: Set<string>;
  defs: Definitions;
  now: Date;
}): Map<string, UserClassification> {
  const { defs } = input;
  const end = today(input.now, defs.timezone);
  const after = addDays(end, -defs.windowDays);
  const stats = new Map<string, Omit<UserClassification, 'types'>>();
  for (const user of input.users) {
    if (user.deactivated) continue;
    const s: Omit<UserClassification, 'types'> = {
      windowCount: 0,
      activeDaysWindow: 0,
      everActive: false,
    };
    for (const r of input.rollupsByUser.get(user.id) ?? []) {
      if (r.day > end) continue;
      if (r.events > 0) s.everActive = true;
      const count = activityCount(r, defs.activityEvents);
      if (count <= 0) continue;
      if (s.lastActiveDay === undefined || r.day > s.lastActiveDay) s.lastActiveDay = r.day;
      if (r.day > after) {
        s.windowCount += count;
        s.activeDaysWindow += 1;
      }
    }
    stats.set(user.id, s);
  }
  const threshold = powerThreshold(
    [...stats.values()].map((s) => s.windowCount),
    defs.powerTopPercent,
  );
  const result = new Map<string, UserClassification>();
  for (const user of input.users) {
    const s = stats.get(user.id);
    if (!s) continue;
    const types = classifyUser({
      windowCount: s.windowCount,
      everActive: s.everActive,
      isInfluencerCandidate: isInfluencerCandidate(user, input.seenInCrm.has(user.id), defs),
      threshold,
    });
    result.set(user.id, { types, ...s });
  }
  return result;
}
