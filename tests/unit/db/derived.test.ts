// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { applyPage } from '@/lib/db/apply-page';
import { getDb } from '@/lib/db/database';
import { getDefinitions } from '@/lib/db/definitions-store';
import { recomputeDerived, refreshUserStats, updateDerived } from '@/lib/db/derived';
import { setMeta } from '@/tests/support/meta-rows';
import { freshDb } from '../sync/sync-test-kit';

const NOW = new Date('2026-03-20T12:00:00Z');
const user = (id: string, extra = {}) => ({
  type: 'user',
  op: 'upsert',
  data: { id, createdAt: '2026-01-01T00:00:00Z', ...extra },
});
const event = (id: string, userId: string, ts: string) => ({
  type: 'event',
  op: 'upsert',
  data: { id, userId, ts, name: 'login' },
});

beforeEach(async () => {
  freshDb();
  // u1: 3 events, u2: 1, u3: none; 2 active users, top 10% → k = 1 → threshold 3.
  await applyPage({
    cursor: '1',
    changes: [
      { type: 'workspace', op: 'upsert', data: { id: 'w', name: 'W' } },
      user('u1'),
      user('u2', { roleId: 'champ' }),
      user('u3'),
      event('e1', 'u1', '2026-03-18T10:00:00Z'),
      event('e2', 'u1', '2026-03-19T10:00:00Z'),
      event('e3', 'u1', '2026-03-20T10:00:00Z'),
      event('e4', 'u2', '2026-03-20T11:00:00Z'),
    ],
  });
  await recomputeDerived(NOW);
});

describe('derived data', () => {
  it('classifies every user and stores the per-day thresholds', async () => {
    const stats = await getDb().userStats.toArray();
    expect(stats.map((s) => [s.userId, s.types, s.windowCount])).toEqual([
      ['u1', ['power', 'active'], 3],
      ['u2', ['active'], 1],
      ['u3', ['zombie'], 0],
    ]);
    expect(await getDb().thresholds.get('2026-03-20')).toEqual({
      day: '2026-03-20',
      threshold: 3,
      activeUsers: 2,
    });
    expect(await getDb().thresholds.get('2026-03-18')).toEqual({
      day: '2026-03-18',
      threshold: 1,
      activeUsers: 1,
    });
  });

  it('makes a user an influencer after a CRM sighting and refreshUserStats', async () => {
    await getDb().crmSightings.put({ userId: 'u2', crm: 'hubspot', seenAt: NOW.toISOString() });
    await refreshUserStats(['u2'], NOW);
    expect((await getDb().userStats.get('u2'))?.types).toEqual(['influencer', 'active']);
  });

  it('applies definition overrides (influencer roles) through getDefinitions', async () => {
    await setMeta('definitionOverrides', { influencerRoleIds: ['champ'] });
    expect((await getDefinitions()).influencerRoleIds).toEqual(['champ']);
    await recomputeDerived(NOW);
    expect((await getDb().userStats.get('u2'))?.types).toEqual(['influencer', 'active']);
  });

  it('updates incrementally: a new page moves the threshold and reclassifies others', async () => {
    const page = await applyPage({
      cursor: '2',
      changes: [
        event('e5', 'u2', '2026-03-20T11:10:00Z'),
        event('e6', 'u2', '2026-03-20T11:20:00Z'),
        event('e7', 'u2', '2026-03-20T11:30:00Z'),
      ],
    });
    await updateDerived(page, NOW);
    const stats = await getDb().userStats.toArray();
    // u2 now has 4 → threshold 4: u2 is the power user and u1 (3) is not any more.
    expect(stats.map((s) => [s.userId, s.types])).toEqual([
      ['u1', ['active']],
      ['u2', ['power', 'active']],
      ['u3', ['zombie']],
    ]);
    expect((await getDb().thresholds.get('2026-03-20'))?.threshold).toBe(4);
    expect((await getDb().thresholds.get('2026-03-19'))?.threshold).toBe(2);
  });

  it('recomputes everything on a new day', async () => {
    await updateDerived({ users: [], days: [] }, new Date('2026-05-01T12:00:00Z'));
    const stats = await getDb().userStats.toArray();
    expect(stats.map((s) => s.types)).toEqual([['inactive'], ['inactive'], ['zombie']]);
  });
});
