import { milestones } from './milestones';
import { buildNewsFeed, type FeedCategory, type FeedItem, MILESTONE_TITLES } from './news-feed';
import { addRollups } from './rollups';
import { addDays, today } from './time';
import type { ActivityDay, Cadence, Day, Definitions, Enrollment, Note, User } from './types';
import { isInfluencerCandidate } from './user-types';

export interface AccountFeedInput {
  /** Rollups of the account's users (deactivated users left out), reaching back a window before the feed. */
  rollups: ActivityDay[];
  users: readonly User[];
  /** Users the extension has itself seen as CRM contacts. */
  seenInCrm: ReadonlySet<string>;
  notes: Note[];
  enrollments: Enrollment[];
  cadences: Cadence[];
  thresholds: Map<Day, { threshold: number | null }>;
  defs: Definitions;
  now: Date;
  nameOf(user: User): string;
  days?: number;
}

const WITHIN_DAY: Record<FeedCategory, number> = { note: 0, cadence: 0, milestone: 1, activity: 2 };

/**
 * The account's news feed: the user feed's rules over the whole account. Activity is summed over
 * the account's users per day and event name ("reports_viewed ×50", "by 12 users"), items about
 * one user name them, and each user's milestones are listed with their name. Newest first.
 */
export function accountNewsFeed(input: AccountFeedInput): FeedItem[] {
  const { defs, now } = input;
  const days = input.days ?? 30;
  const names = new Map(input.users.map((u) => [u.id, input.nameOf(u)]));
  const byDay = new Map<Day, ActivityDay>();
  const activeUsersByDay = new Map<Day, number>();
  const byUser = new Map<string, ActivityDay[]>();
  for (const r of input.rollups) {
    if (!names.has(r.userId)) continue;
    byDay.set(r.day, addRollups(byDay.get(r.day), { ...r, userId: '' }));
    if (r.events > 0) activeUsersByDay.set(r.day, (activeUsersByDay.get(r.day) ?? 0) + 1);
    const list = byUser.get(r.userId);
    if (list) list.push(r);
    else byUser.set(r.userId, [r]);
  }

  const base = buildNewsFeed({
    rollups: [...byDay.values()],
    notes: input.notes,
    enrollments: input.enrollments,
    cadences: input.cadences,
    milestones: [],
    defs,
    now,
    days,
  });
  const items: FeedItem[] = base.map((item) => {
    if (item.category === 'activity') {
      const users = activeUsersByDay.get(item.day) ?? 0;
      const { userId: _none, ...rest } = item;
      return { ...rest, detail: `${users} ${users === 1 ? 'user' : 'users'} active that day` };
    }
    const name = item.userId ? names.get(item.userId) : undefined;
    if (!name) return item;
    return { ...item, detail: item.detail ? `${name} · ${item.detail}` : name };
  });

  const end = today(now, defs.timezone);
  const from = addDays(end, -(days - 1));
  for (const user of input.users) {
    const found = milestones({
      rollups: byUser.get(user.id) ?? [],
      thresholds: input.thresholds,
      isInfluencerCandidate: isInfluencerCandidate(user, input.seenInCrm.has(user.id), defs),
      from,
      to: end,
      defs,
    });
    for (const m of found) {
      const name = names.get(user.id) ?? user.id;
      items.push({
        id: `milestone:${user.id}:${m.day}:${m.kind}`,
        category: 'milestone',
        at: m.day,
        day: m.day,
        title: `${name}: ${MILESTONE_TITLES[m.kind].toLowerCase()}`,
        userId: user.id,
      });
    }
  }
  // Stable sort: the user feed's order within each kind is kept.
  return items.sort((a, b) =>
    a.day !== b.day ? (a.day > b.day ? -1 : 1) : WITHIN_DAY[a.category] - WITHIN_DAY[b.category],
  );
}
