import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { toStoredUser } from '@/lib/db/stored-keys';
import type { ActivityDay } from '@/lib/domain/types';
import { accountActivityQuery, accountUsersQuery } from '@/lib/panel/account-queries';
import { freshDb } from './account-fixture';

const day = (userId: string, d: string): ActivityDay => ({
  userId,
  day: d,
  events: 1,
  logins: 1,
  durationSec: 0,
});
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

async function seed(others: number) {
  const db = getDb();
  const users = [
    { id: 'a1', accountId: 'acc' },
    { id: 'a2', accountId: 'acc' },
    { id: 'a3', accountId: 'acc', deactivated: true },
    ...Array.from({ length: others }, (_, i) => ({ id: `o${i}`, accountId: 'other' })),
  ].map((u) => toStoredUser({ ...u, createdAt: '2026-01-01T00:00:00Z' }));
  await db.users.bulkPut(users);
  await db.activityDays.bulkPut([
    day('a1', '2026-10-01'), // before `from`
    day('a1', '2026-11-01'),
    day('a2', '2026-11-02'),
    day('a3', '2026-11-02'), // deactivated
    day('o0', '2026-11-03'), // another account
  ]);
}

describe('account queries', () => {
  beforeEach(() => {
    freshDb();
  });

  for (const [label, others] of [
    ['a small account (one range per user)', 20],
    ['an account holding most of the workspace (one day range)', 1],
  ] as const) {
    it(`reads only the live users' rollups from the start day, for ${label}`, async () => {
      await seed(others);
      const rows = await client().fetchQuery(accountActivityQuery('acc', '2026-10-15'));
      expect(rows.map((r) => `${r.userId}/${r.day}`).sort()).toEqual([
        'a1/2026-11-01',
        'a2/2026-11-02',
      ]);
    });
  }

  it('finds stats of a user whose stats row still names another account', async () => {
    await seed(0);
    await getDb().userStats.bulkPut([
      {
        userId: 'a1',
        accountId: 'acc',
        windowCount: 3,
        activeDaysWindow: 1,
        everActive: true,
        types: ['active'],
      },
      {
        userId: 'a2',
        accountId: 'old',
        windowCount: 0,
        activeDaysWindow: 0,
        everActive: false,
        types: ['zombie'],
      },
    ]);
    const { users, stats } = await client().fetchQuery(accountUsersQuery('acc'));
    expect(users.map((u) => u.id)).toEqual(['a1', 'a2']);
    expect(stats.get('a1')?.types).toEqual(['active']);
    expect(stats.get('a2')?.types).toEqual(['zombie']);
  });
});
