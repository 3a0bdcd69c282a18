import { describe, expect, it } from 'vitest';
import { buildNewsFeed, filterFeed } from '@/lib/domain/news-feed';
import type { ActivityDay, Cadence, Enrollment, Note } from '@/lib/domain/types';
import { defs, noon, rollup } from './builders';

const notes: Note[] = [
  {
    id: 'n1',
    userId: 'u',
    title: 'QBR prep',
    body: '<b>not html</b>',
    type: 'Meeting',
    author: 'Sam',
    createdAt: '2026-03-20T15:00:00Z',
    updatedAt: '2026-03-20T15:00:00Z',
  },
  {
    id: 'old',
    userId: 'u',
    title: 'Ancient',
    body: '',
    type: 'General',
    createdAt: '2026-01-01T15:00:00Z',
    updatedAt: '2026-01-01T15:00:00Z',
  },
];
const enrollments: Enrollment[] = [
  { id: 'e1', cadenceId: 'c1', userId: 'u', createdAt: '2026-03-20T09:00:00Z', status: 'active' },
];
const cadences: Cadence[] = [{ id: 'c1', name: 'Renewal nudge', scope: 'team', tags: [] }];
const rollups: ActivityDay[] = [
  rollup('u', '2026-03-20', 7, { names: { reports_viewed: 5, login: 2 } }),
  { userId: 'u', day: '2026-03-18', events: 12, logins: 1, durationSec: 0 }, // from a "day" backend
  rollup('u', '2026-02-19', 3), // today − 30: outside
];

describe('buildNewsFeed', () => {
  const feed = buildNewsFeed({
    rollups,
    notes,
    enrollments,
    cadences,
    milestones: [
      { day: '2026-03-20', kind: 'power' },
      { day: '2026-03-19', kind: 'influencer' },
    ],
    defs: defs(),
    now: noon('2026-03-21'),
  });

  it('lists activity per day and name, notes, enrolments and milestones, newest first', () => {
    expect(feed.map((i) => [i.day, i.category, i.title, i.detail])).toEqual([
      ['2026-03-20', 'note', 'Meeting note: QBR prep', 'by Sam'],
      ['2026-03-20', 'cadence', 'Added to cadence “Renewal nudge”', 'Active'],
      ['2026-03-20', 'milestone', 'Became a power user', undefined],
      ['2026-03-20', 'activity', 'Reports viewed ×5', undefined],
      ['2026-03-20', 'activity', 'Login ×2', undefined],
      ['2026-03-19', 'milestone', 'Became an influencer', undefined],
      ['2026-03-18', 'activity', '12 events', undefined],
    ]);
  });

  it('gives every item a unique id', () => {
    expect(new Set(feed.map((i) => i.id)).size).toBe(feed.length);
  });

  it('filters by category', () => {
    expect(filterFeed(feed, 'all')).toEqual(feed);
    expect(filterFeed(feed, ['milestone']).map((i) => i.title)).toEqual([
      'Became a power user',
      'Became an influencer',
    ]);
    expect(filterFeed(feed, ['note', 'cadence']).map((i) => i.category)).toEqual([
      'note',
      'cadence',
    ]);
    expect(filterFeed(feed, [])).toEqual([]);
  });

  it('puts notes on their day in the workspace zone', () => {
    const late: Note = { ...notes[0], id: 'late', createdAt: '2026-03-21T03:00:00Z' } as Note;
    const ny = buildNewsFeed({
      rollups: [],
      notes: [late],
      enrollments: [],
      cadences: [],
      milestones: [],
      defs: defs({ timezone: 'America/New_York' }),
      now: noon('2026-03-21'),
    });
    expect(ny.map((i) => i.day)).toEqual(['2026-03-20']);
  });

  it('is empty with nothing to show, and says "1 event" in the singular', () => {
    const base = {
      notes: [],
      enrollments: [],
      cadences: [],
      milestones: [],
      defs: defs(),
      now: noon('2026-03-21'),
    };
    expect(buildNewsFeed({ ...base, rollups: [] })).toEqual([]);
    const one = buildNewsFeed({
      ...base,
      rollups: [{ userId: 'u', day: '2026-03-21', events: 1, logins: 0, durationSec: 0 }],
    });
    expect(one.map((i) => i.title)).toEqual(['1 event']);
  });
});
