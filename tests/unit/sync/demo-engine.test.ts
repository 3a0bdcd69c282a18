import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import type { UserType } from '@/lib/domain/types';
import { createDemoSource, DEMO_SAMPLE_PEOPLE } from '@/lib/sync/demo-source';
import { runSync } from '@/lib/sync/engine';
import { clockAt } from './demo-helpers';

// The demo workspace through the real engine into (fake) IndexedDB: what a fresh install does.
const FIRST_SYNC = '2026-11-22T15:30:00Z';
const clock = { ...clockAt(FIRST_SYNC), random: () => 0.5, sleep: async () => {} };

describe('the demo workspace through the sync engine', () => {
  beforeAll(async () => {
    setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
    const outcome = await runSync(createDemoSource(clock), { clock });
    expect(outcome).toMatchObject({ result: 'ok' });
  }, 120_000);

  it('stores every change with nothing rejected', async () => {
    const db = getDb();
    expect(await db.rejected.toArray()).toEqual([]);
    expect(await db.workspace.toArray()).toMatchObject([{ id: 'demo', name: 'Demo workspace' }]);
    expect(await db.users.count()).toBe(300);
    expect(await db.accounts.count()).toBe(6);
    expect(await db.events.count()).toBeGreaterThan(10_000);
    expect(await db.notes.count()).toBeGreaterThan(50);
    expect(await db.enrollments.count()).toBeGreaterThan(10);
    expect(await db.activityDays.count()).toBeGreaterThan(1000);
  });

  it('derives the user types the demo was built for', async () => {
    const db = getDb();
    const [ada, grace] = DEMO_SAMPLE_PEOPLE;
    const adaStats = await db.userStats.get(ada?.id ?? '');
    expect(adaStats?.types).toEqual(expect.arrayContaining(['power', 'influencer', 'active']));
    expect((await db.userStats.get(grace?.id ?? ''))?.types).toEqual(['inactive']);
    const all = await db.userStats.toArray();
    const types: UserType[] = ['power', 'influencer', 'active', 'inactive', 'zombie'];
    for (const t of types) expect(all.some((s) => s.types.includes(t))).toBe(true);
    expect(await db.users.where('emailKey').equals('ada.lovelace@northwind.example').count()).toBe(
      1,
    );
  });
});
