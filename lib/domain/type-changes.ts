import { milestones } from './milestones';
import { activityCount } from './rollups';
import { addDays, dayNumber } from './time';
import type { ActivityDay, Day, Definitions, MilestoneKind, UserType } from './types';

/** What the home lists: a milestone, or a new account that has never used the product. */
export type ChangeKind = MilestoneKind | 'zombie';

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  inactive: 'Became inactive',
  influencer: 'Became an influencer',
  power: 'Became a power user',
  zombie: 'New zombie',
};

export interface TypeChange {
  userId: string;
  accountId?: string;
  kind: ChangeKind;
  day: Day;
  /** For `inactive`: the types the person held the day before (influencer, power user). */
  before?: UserType[];
}

/** How far back the stored changes reach: the home's longest window. */
export const CHANGE_SPAN_DAYS = 30;

/**
 * Rollups needed to classify [from, to]: the window before `from` plus the span itself. Older
 * days cannot change a milestone inside the span (becoming inactive on d needs activity on
 * d − W), so a bounded read of the `day` index is exact.
 */
export function rollupSpan(to: Day, defs: Definitions): { from: Day; since: Day } {
  const from = addDays(to, -(CHANGE_SPAN_DAYS - 1));
  return { from, since: addDays(from, -(defs.windowDays + 1)) };
}

/**
 * One user's type changes in [from, to]. Milestones come from the shared milestone rule; a new
 * zombie is a user created in the span who has never been active (dated by creation day).
 */
export function userTypeChanges(input: {
  userId: string;
  accountId?: string;
  createdDay: Day;
  everActive: boolean;
  rollups: ActivityDay[];
  thresholds: Map<Day, { threshold: number | null }>;
  isInfluencerCandidate: boolean;
  influencerSince?: Day;
  from: Day;
  to: Day;
  defs: Definitions;
}): TypeChange[] {
  const base = { userId: input.userId, ...(input.accountId ? { accountId: input.accountId } : {}) };
  const found: TypeChange[] = milestones(input).map((m) => ({ ...base, ...m }));
  for (const change of found) {
    if (change.kind !== 'inactive') continue;
    const before = typesOnDay(input, addDays(change.day, -1));
    if (before.length) change.before = before;
  }
  if (!input.everActive && input.createdDay >= input.from && input.createdDay <= input.to)
    found.push({ ...base, kind: 'zombie', day: input.createdDay });
  return found;
}

/** The notable types (influencer, power user) held at the end of `day`. */
function typesOnDay(
  input: {
    rollups: ActivityDay[];
    thresholds: Map<Day, { threshold: number | null }>;
    isInfluencerCandidate: boolean;
    influencerSince?: Day;
    defs: Definitions;
  },
  day: Day,
): UserType[] {
  const end = dayNumber(day);
  const start = end - input.defs.windowDays;
  let sum = 0;
  for (const r of input.rollups) {
    const n = dayNumber(r.day);
    if (n > start && n <= end) sum += activityCount(r, input.defs.activityEvents);
  }
  if (sum <= 0) return [];
  const out: UserType[] = [];
  const threshold = input.thresholds.get(day)?.threshold;
  if (threshold !== undefined && threshold !== null && sum >= threshold) out.push('power');
  if (input.isInfluencerCandidate && !(input.influencerSince && day < input.influencerSince))
    out.push('influencer');
  return out;
}

/**
 * From which day a user counts as an influencer candidate, when that is known: the earliest
 * influencer change already recorded (so a recompute keeps it), else today for a user who was
 * active and not an influencer before this run (`crmContact` or a role arrived just now), else
 * the day of the CRM sighting when nothing else makes them one. Undefined: always.
 */
export function influencerSinceOf(input: {
  recorded?: Day;
  becameCandidateNow: boolean;
  today: Day;
  candidateWithoutSighting: boolean;
  sightedOn?: Day;
}): Day | undefined {
  if (input.recorded) return input.recorded;
  if (input.becameCandidateNow) return input.today;
  if (!input.candidateWithoutSighting && input.sightedOn) return input.sightedOn;
  return undefined;
}

export const changeKey = (c: Pick<TypeChange, 'userId' | 'kind' | 'day'>) =>
  `${c.userId}|${c.kind}|${c.day}`;
