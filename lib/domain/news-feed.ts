import { ENROLLMENT_STATUS_LABELS } from './enrollment-status';
import { type LabelMap, labelFor } from './labels';
import { noteLabel } from './metrics';
import { addDays, dayOf, today } from './time';
import type { ActivityDay, Cadence, Day, Definitions, Enrollment, Milestone, Note } from './types';

export type FeedCategory = 'activity' | 'note' | 'cadence' | 'milestone';

export interface FeedItem {
  id: string;
  category: FeedCategory;
  /** ISO time for notes and enrolments; a Day for activity and milestones. */
  at: string;
  day: Day;
  title: string;
  detail?: string;
  userId?: string;
  /** Activity items: how many events the line stands for. */
  count?: number;
}

export const MILESTONE_TITLES: Record<Milestone['kind'], string> = {
  power: 'Became a power user',
  influencer: 'Became an influencer',
  inactive: 'Became inactive',
};

/**
 * The user page's news feed for the last `days` days (default 30) up to today, newest first:
 * each day's activity grouped by event name ("reports_viewed ×5"; a rollup without names gives
 * "12 events"), notes, cadence enrolments (with the cadence's name) and milestones. Within a day,
 * timed items come first (latest first), then milestones, then activity (largest first).
 */
export function buildNewsFeed(input: {
  rollups: ActivityDay[];
  notes: Note[];
  enrollments: Enrollment[];
  cadences: Cadence[];
  milestones: Milestone[];
  /** details: adoption milestones the user reached, by day. */
  adoption?: { id: string; name: string; day: Day }[];
  defs: Definitions;
  now: Date;
  days?: number;
  /** The workspace's labels for event names ("Added a widget"); else a readable form. */
  eventLabels?: LabelMap;
}): FeedItem[] {
  const { defs } = input;
  const end = today(input.now, defs.timezone);
  const after = addDays(end, -(input.days ?? 30));
  const inRange = (day: Day) => day > after && day <= end;
  const items: FeedItem[] = [];

  for (const r of input.rollups) {
    if (!inRange(r.day) || r.events <= 0) continue;
    const base = { category: 'activity' as const, at: r.day, day: r.day, userId: r.userId };
    if (r.names && Object.keys(r.names).length > 0) {
      for (const [name, n] of Object.entries(r.names)) {
        if (n <= 0) continue;
        items.push({
          ...base,
          id: `activity:${r.userId}:${r.day}:${name}`,
          title: `${labelFor(name, input.eventLabels)} ×${n}`,
          count: n,
        });
      }
    } else {
      const title = r.events === 1 ? '1 event' : `${r.events} events`;
      items.push({ ...base, id: `activity:${r.userId}:${r.day}`, title, count: r.events });
    }
  }
  for (const note of input.notes) {
    const day = safeDay(note.createdAt, defs.timezone);
    if (!day || !inRange(day)) continue;
    const item: FeedItem = {
      id: `note:${note.id}`,
      category: 'note',
      at: note.createdAt,
      day,
      title: noteLabel(note),
    };
    if (note.author) item.detail = `by ${note.author}`;
    if (note.userId) item.userId = note.userId;
    items.push(item);
  }
  const cadenceNames = new Map(input.cadences.map((c) => [c.id, c.name]));
  for (const e of input.enrollments) {
    const day = safeDay(e.createdAt, defs.timezone);
    if (!day || !inRange(day)) continue;
    const name = cadenceNames.get(e.cadenceId);
    items.push({
      id: `enrollment:${e.id}`,
      category: 'cadence',
      at: e.createdAt,
      day,
      title: name ? `Added to cadence “${name}”` : 'Added to a cadence',
      detail: ENROLLMENT_STATUS_LABELS[e.status],
      userId: e.userId,
    });
  }
  for (const m of input.milestones) {
    if (!inRange(m.day)) continue;
    items.push({
      id: `milestone:${m.day}:${m.kind}`,
      category: 'milestone',
      at: m.day,
      day: m.day,
      title: MILESTONE_TITLES[m.kind],
    });
  }
  for (const a of input.adoption ?? []) {
    if (!inRange(a.day)) continue;
    items.push({
      id: `adoption:${a.id}`,
      category: 'milestone',
      at: a.day,
      day: a.day,
      title: `Reached “${a.name}”`,
    });
  }
  return items.sort(compareFeedItems);
}

const WITHIN_DAY: Record<FeedCategory, number> = { note: 0, cadence: 0, milestone: 1, activity: 2 };

function compareFeedItems(a: FeedItem, b: FeedItem): number {
  if (a.day !== b.day) return a.day > b.day ? -1 : 1;
  const rank = WITHIN_DAY[a.category] - WITHIN_DAY[b.category];
  if (rank !== 0) return rank;
  if (a.category === 'note' || a.category === 'cadence') {
    const diff = Date.parse(b.at) - Date.parse(a.at);
    if (diff !== 0) return diff;
  }
  if (a.category === 'activity') {
    const diff = (b.count ?? 0) - (a.count ?? 0);
    if (diff !== 0) return diff;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function filterFeed(items: FeedItem[], categories: FeedCategory[] | 'all'): FeedItem[] {
  if (categories === 'all') return items;
  const wanted = new Set(categories);
  return items.filter((item) => wanted.has(item.category));
}

function safeDay(ts: string, timeZone: string): Day | undefined {
  try {
    return dayOf(ts, timeZone);
  } catch {
    return undefined;
  }
}
