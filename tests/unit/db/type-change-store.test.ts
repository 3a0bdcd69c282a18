// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { applyPage } from '@/lib/db/apply-page';
import { getDb } from '@/lib/db/database';
import { recomputeDerived, updateDerived } from '@/lib/db/derived';
import { markAlerted } from '@/lib/db/type-change-store';
import { DEFAULT_ALERT_SETTINGS, personAlerts } from '@/lib/domain/alerts';
import { recordCrmSighting } from '@/lib/match/record-sighting';
import { setMeta } from '@/tests/support/meta-rows';
import { freshDb } from '../sync/sync-test-kit';

// The stored change list as the sync keeps it: computed inside the derived-data update, news
// only for what a later sync brought, each change stored (and announced) once.

const NOW = new Date('2026-03-20T12:00:00Z');
const ALERTS = { ...DEFAULT_ALERT_SETTINGS, enabled: true };
const PINNED = new Set(['acc']);
const user = (id: string, extra = {}) => ({
  type: 'user',
  op: 'upsert',
  data: { id, accountId: 'acc', createdAt: '2025-06-01T00:00:00Z', ...extra },
});
const event = (id: string, userId: string, ts: string) => ({
  type: 'event',
  op: 'upsert',
  data: { id, userId, ts, name: 'login' },
});
const news = async () =>
  personAlerts(await getDb().typeChanges.toArray(), PINNED, ALERTS).map((a) => a.key);

beforeEach(async () => {
  freshDb();
  // Ada (a CRM contact, so an influencer while active): Feb 10 and Mar 1. Bob: every few days.
  await applyPage({
    cursor: '1',
    changes: [
      { type: 'workspace', op: 'upsert', data: { id: 'w', name: 'W' } },
      user('ada', { crmContact: true }),
      user('bob'),
      user('zed', { createdAt: '2026-03-15T09:00:00Z' }),
      event('a1', 'ada', '2026-02-10T10:00:00Z'),
      event('a2', 'ada', '2026-03-01T10:00:00Z'),
      ...[1, 4, 8, 12, 16, 19].map((d) =>
        event(`b${d}`, 'bob', `2026-03-${String(d).padStart(2, '0')}T10:00:00Z`),
      ),
    ],
  });
  await recomputeDerived(NOW);
});

describe('"Became an influencer"', () => {
  it('is listed when a sync brings crmContact for an active user, and stays on the next day', async () => {
    const page = await applyPage({ cursor: '2', changes: [user('bob', { crmContact: true })] });
    await updateDerived(page, NOW);
    const bob = () => getDb().typeChanges.where('userId').equals('bob').toArray();
    expect(await bob()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'influencer', day: '2026-03-20', news: true, live: 1 }),
      ]),
    );
    // The next day's full pass does not forget when it happened.
    await recomputeDerived(new Date('2026-03-21T08:00:00Z'));
    expect(await bob()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'influencer', day: '2026-03-20', live: 1 }),
      ]),
    );
  });

  it('is listed on the day the rep saw an active user as a CRM contact', async () => {
    await recordCrmSighting('bob', 'hubspot', '77', NOW);
    expect(await getDb().typeChanges.where('userId').equals('bob').toArray()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'influencer', day: '2026-03-20', news: true, live: 1 }),
      ]),
    );
    await recomputeDerived(new Date('2026-03-21T08:00:00Z'));
    const kinds = (await getDb().typeChanges.where('userId').equals('bob').toArray()).map(
      (r) => `${r.kind}|${r.day}|${r.live}`,
    );
    expect(kinds).toContain('influencer|2026-03-20|1');
  });
});

describe('stored type changes', () => {
  it('stores what the initial sync finds as history, not news', async () => {
    const rows = await getDb().typeChanges.toArray();
    expect(rows.find((r) => r.userId === 'zed')).toMatchObject({
      kind: 'zombie',
      day: '2026-03-15',
    });
    expect(rows.every((r) => r.news === false && r.live === 1)).toBe(true);
    expect(await news()).toEqual([]);
  });

  it('records a later sync that makes an influencer inactive as news, once across syncs', async () => {
    const page = await applyPage({
      cursor: '2',
      changes: [{ type: 'event', op: 'delete', id: 'a2' }],
    });
    await updateDerived(page, NOW);
    const ada = await getDb().typeChanges.where('userId').equals('ada').toArray();
    // Last active Feb 10: the window ending Mar 12, (Feb 10, Mar 12], no longer holds it.
    expect(ada).toEqual([
      expect.objectContaining({
        kind: 'inactive',
        day: '2026-03-12',
        news: true,
        before: ['influencer'],
      }),
    ]);
    expect(await news()).toEqual(['ada|inactive|2026-03-12']);
    await markAlerted(await news(), NOW.toISOString());

    // The same change delivered again, and the next syncs: nothing new to announce.
    const again = await applyPage({
      cursor: '3',
      changes: [{ type: 'event', op: 'delete', id: 'a2' }],
    });
    await updateDerived(again, new Date(NOW.getTime() + 60_000));
    await updateDerived(
      { users: ['ada'], days: ['2026-03-19'] },
      new Date(NOW.getTime() + 120_000),
    );
    expect(await getDb().typeChanges.where('userId').equals('ada').count()).toBe(1);
    expect(await news()).toEqual([]);
    // Bob is now alone at the top on Mar 1: a sync touching him (or the next day's full pass)
    // finds it, as news, and it is announced once too.
    await updateDerived(
      { users: ['bob'], days: ['2026-03-19'] },
      new Date(NOW.getTime() + 180_000),
    );
    expect(await news()).toEqual(['bob|power|2026-03-01']);
  });

  it('does not turn history recomputed under new definitions into news', async () => {
    // A 7-day window makes Ada and Bob change types on many days of the last month.
    await setMeta('definitionOverrides', { windowDays: 7 });
    await recomputeDerived(NOW);
    const rows = await getDb().typeChanges.toArray();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => !r.news)).toBe(true);
    expect(await news()).toEqual([]);
  });

  it('treats a new day as news: time alone can make someone inactive', async () => {
    // Mar 31: Ada's Mar 1 falls out of the 30-day window.
    await updateDerived({ users: [], days: [] }, new Date('2026-03-31T12:00:00Z'));
    expect(await news()).toEqual(['ada|inactive|2026-03-31']);
  });
});
