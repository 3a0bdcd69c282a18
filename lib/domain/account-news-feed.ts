import { type LabelMap, labelFor } from './labels';
import { milestones } from './milestones';
import { buildNewsFeed, type FeedCategory, type FeedItem, MILESTONE_TITLES } from './news-feed';
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
  /** The workspace's labels for event names; else a readable form of each name. */
  eventLabels?: LabelMap;
}

const TOP_NAMES = 3;
const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

const WITHIN_DAY: Record<FeedCategory, number> = { note: 0, cadence: 0, milestone: 1, activity: 2 };

/**
 * The account's news feed over the last `days` days: one activity line per day for the whole
 * account ("412 events by 19 users", with the day's top event names), notes and enrolments
 * naming the user they are about, and each user's milestones with their name. Newest first.
 */
export function accountNewsFeed(input: AccountFeedInput): FeedItem[] {
  const { defs, now } = input;
  const days = input.days ?? 30;
  const names = new Map(input.users.map((u) => [u.id, input.nameOf(u)]));
  const end = today(now, defs.timezone);
  const after = addDays(end, -days);
  const byDay = new Map<Day, { events: number; users: number; names: Map<string, number> }>();
  const byUser = new Map<string, ActivityDay[]>();
  for (const r of input.rollups) {
    if (!names.has(r.userId)) continue;
    const list = byUser.get(r.userId);
    if (list) list.push(r);
    else byUser.set(r.userId, [r]);
    if (r.events <= 0 || r.day <= after || r.day > end) continue;
    const entry = byDay.get(r.day) ?? { events: 0, users: 0, names: new Map<string, number>() };
    entry.events += r.events;
    entry.users += 1;
    for (const [name, n] of Object.entries(r.names ?? {}))
      entry.names.set(name, (entry.names.get(name) ?? 0) + n);
    byDay.set(r.day, entry);
  }

  // Notes and enrolments as on a user's page, each naming the user it is about.
  const base = buildNewsFeed({
    rollups: [],
    notes: input.notes,
    enrollments: input.enrollments,
    cadences: input.cadences,
    milestones: [],
    defs,
    now,
    days,
  });
  const items: FeedItem[] = base.map((item) => {
    const name = item.userId ? names.get(item.userId) : undefined;
    if (!name) return item;
    return { ...item, detail: item.detail ? `${name} · ${item.detail}` : name };
  });
  // One activity line per day for the whole account: thousands of users would otherwise bury
  // every note under per-user, per-event lines.
  for (const [day, entry] of byDay) {
    const top = [...entry.names]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_NAMES)
      .map(([name, n]) => `${labelFor(name, input.eventLabels)} ×${n}`);
    items.push({
      id: `activity:account:${day}`,
      category: 'activity',
      at: day,
      day,
      title: `${plural(entry.events, 'event')} by ${plural(entry.users, 'user')}`,
      ...(top.length ? { detail: top.join(' · ') } : {}),
      count: entry.events,
    });
  }

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
