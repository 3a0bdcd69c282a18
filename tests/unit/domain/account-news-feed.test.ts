import { describe, expect, it } from 'vitest';
import { accountNewsFeed } from '@/lib/domain/account-news-feed';
import { DEFAULT_DEFINITIONS } from '@/lib/domain/definitions';
import type { ActivityDay, User } from '@/lib/domain/types';

const defs = { ...DEFAULT_DEFINITIONS, windowDays: 3 };
const now = new Date('2026-11-22T12:00:00Z');
const users: User[] = [
  {
    id: 'a',
    firstName: 'Ada',
    lastName: 'Lovelace',
    createdAt: '2026-01-01T00:00:00Z',
    crmContact: true,
  },
  { id: 'b', firstName: 'Bob', createdAt: '2026-01-01T00:00:00Z' },
];
const day = (userId: string, d: string, names: Record<string, number>): ActivityDay => ({
  userId,
  day: d,
  events: Object.values(names).reduce((s, n) => s + n, 0),
  logins: names.login ?? 0,
  durationSec: 0,
  names,
});

describe('accountNewsFeed', () => {
  it('sums activity over the users per day and event name, and names users in other items', () => {
    const items = accountNewsFeed({
      rollups: [
        day('a', '2026-11-21', { report_viewed: 2, login: 1 }),
        day('b', '2026-11-21', { report_viewed: 3 }),
        day('zz', '2026-11-21', { report_viewed: 100 }), // not a user of the account
      ],
      users,
      seenInCrm: new Set(),
      notes: [
        {
          id: 'n1',
          userId: 'b',
          title: 'Call',
          body: '',
          type: 'Call',
          author: 'Sam',
          createdAt: '2026-11-22T09:00:00Z',
          updatedAt: '2026-11-22T09:00:00Z',
        },
        {
          id: 'n2',
          accountId: 'acc',
          title: 'QBR',
          body: '',
          type: 'QBR',
          createdAt: '2026-11-20T09:00:00Z',
          updatedAt: '2026-11-20T09:00:00Z',
        },
      ],
      enrollments: [
        {
          id: 'e1',
          cadenceId: 'c1',
          userId: 'a',
          createdAt: '2026-11-21T08:00:00Z',
          status: 'active',
        },
      ],
      cadences: [{ id: 'c1', name: 'Onboarding', scope: 'team', tags: [] }],
      thresholds: new Map(),
      defs,
      now,
      nameOf: (u) => [u.firstName, u.lastName].filter(Boolean).join(' '),
    });
    const activity = items.filter((i) => i.category === 'activity');
    expect(activity.map((i) => [i.day, i.title, i.detail, i.userId])).toEqual([
      ['2026-11-21', '6 events by 2 users', 'Report viewed ×5 · Login ×1', undefined],
    ]);
    const note = items.find((i) => i.id === 'note:n1');
    expect(note?.detail).toBe('Bob · by Sam');
    expect(items.find((i) => i.id === 'note:n2')?.detail).toBeUndefined();
    expect(items.find((i) => i.id === 'enrollment:e1')?.detail).toBe('Ada Lovelace · Active');
    expect(items.map((i) => i.day)).toEqual([...items.map((i) => i.day)].sort().reverse());
  });

  it('lists each user’s milestones with their name', () => {
    // Ada (a CRM contact) becomes active, hence an influencer, on 11-21; with no threshold known
    // no power milestone is invented.
    const items = accountNewsFeed({
      rollups: [day('a', '2026-11-21', { login: 1 })],
      users,
      seenInCrm: new Set(),
      notes: [],
      enrollments: [],
      cadences: [],
      thresholds: new Map(),
      defs,
      now,
      nameOf: (u) => u.firstName ?? u.id,
    });
    const milestones = items.filter((i) => i.category === 'milestone');
    expect(milestones.map((i) => [i.day, i.title, i.userId])).toEqual([
      ['2026-11-21', 'Ada: became an influencer', 'a'],
    ]);
  });
});
