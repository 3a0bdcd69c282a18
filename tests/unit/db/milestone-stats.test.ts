// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { applyPage } from '@/lib/db/apply-page';
import { getDb } from '@/lib/db/database';
import { recomputeDerived, updateDerived } from '@/lib/db/derived';
import { filterAccountUsers, NO_FILTERS } from '@/lib/domain/account-user-filter';
import { accountUserRows } from '@/lib/domain/account-user-rows';
import type { AdoptionMilestone } from '@/lib/domain/types';
import { setMeta } from '@/tests/support/meta-rows';
import { freshDb } from '../sync/sync-test-kit';

// Adoption milestones kept with the derived user stats: from the workspace, updated
// incrementally for the users a sync page touched, recomputed when a local list is saved.

const NOW = new Date('2026-03-20T12:00:00Z');
const exported: AdoptionMilestone = {
  id: 'm-export',
  name: 'Exported data',
  event: 'data_exported',
  count: 2,
  withinWindow: false,
  roleIds: [],
  personaIds: [],
};
const user = (id: string) => ({
  type: 'user',
  op: 'upsert',
  data: { id, accountId: 'a', createdAt: '2026-01-01T00:00:00Z' },
});
const exportEvent = (id: string, userId: string, ts: string) => ({
  type: 'event',
  op: 'upsert',
  data: { id, userId, ts, name: 'data_exported' },
});

beforeEach(async () => {
  freshDb();
  await applyPage({
    cursor: '1',
    changes: [
      {
        type: 'workspace',
        op: 'upsert',
        data: { id: 'w', name: 'W', milestones: [exported, { id: 'bad' }] },
      },
      user('u1'),
      user('u2'),
      exportEvent('e1', 'u1', '2026-03-10T10:00:00Z'),
      exportEvent('e2', 'u1', '2026-03-12T10:00:00Z'),
      exportEvent('e3', 'u2', '2026-03-12T10:00:00Z'),
    ],
  });
  await recomputeDerived(NOW);
});

const reached = async (id: string) => (await getDb().userStats.get(id))?.milestones;

describe('milestones in the derived stats', () => {
  it('are worked out from the workspace list (bad entries dropped)', async () => {
    expect(await reached('u1')).toEqual({ 'm-export': '2026-03-12' });
    expect(await reached('u2')).toEqual({});
  });

  it('update incrementally when a page brings the event that reaches it', async () => {
    const page = await applyPage({
      cursor: '2',
      changes: [
        exportEvent('e4', 'u2', '2026-03-19T10:00:00Z'),
        exportEvent('e4', 'u2', '2026-03-19T10:00:00Z'),
      ],
    });
    await updateDerived(page, NOW);
    expect(await reached('u2')).toEqual({ 'm-export': '2026-03-19' });
    expect(await reached('u1')).toEqual({ 'm-export': '2026-03-12' });
  });

  it('follow a local list, and the account table filters on them', async () => {
    await setMeta('definitionOverrides', { milestones: [{ ...exported, count: 1 }] });
    await recomputeDerived(NOW);
    expect(await reached('u2')).toEqual({ 'm-export': '2026-03-12' });
    await setMeta('definitionOverrides', { milestones: [{ ...exported, count: 3 }] });
    await recomputeDerived(NOW);
    const db = getDb();
    const rows = accountUserRows({
      users: await db.users.toArray(),
      stats: new Map((await db.userStats.toArray()).map((s) => [s.userId, s])),
      roles: [],
      personas: [],
      timeZone: 'UTC',
      milestones: [{ ...exported, count: 3 }],
      nameOf: (u) => u.id,
    });
    const ids = (milestone: string) =>
      filterAccountUsers(rows, { ...NO_FILTERS, milestone }).map((r) => r.id);
    expect(ids('reached:m-export')).toEqual([]);
    expect(ids('not:m-export')).toEqual(['u1', 'u2']);
    expect(ids('all')).toEqual(['u1', 'u2']);
  });
});
