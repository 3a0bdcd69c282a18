// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPage } from '@/lib/db/apply-page';
import { getDb } from '@/lib/db/database';
import { recomputeDerived, updateDerived } from '@/lib/db/derived';
import { META } from '@/lib/db/meta';
import { THRESHOLD_DAYS } from '@/lib/db/thresholds-store';
import { freshDb } from '../sync/sync-test-kit';

// A late event moves the kept days' thresholds through their histograms; threshold rows kept
// by an earlier version have none, and get them once, from the rollups.

const NOW = new Date('2026-11-20T12:00:00Z');
const workspace = { type: 'workspace', op: 'upsert', data: { id: 'w', name: 'W' } };
const user = (id: string) => ({
  type: 'user',
  op: 'upsert',
  data: { id, createdAt: '2026-01-01T00:00:00Z' },
});
const event = (id: string, userId: string, ts: string) => ({
  type: 'event',
  op: 'upsert',
  data: { id, userId, ts, name: 'login' },
});

async function thresholds() {
  return getDb().thresholds.orderBy('day').toArray();
}

beforeEach(() => {
  freshDb();
});

describe('the kept days after a late event', () => {
  const first = [
    workspace,
    user('u1'),
    user('u2'),
    event('e1', 'u1', '2026-11-10T10:00:00Z'),
    event('e2', 'u2', '2026-11-12T10:00:00Z'),
    event('e3', 'u2', '2026-11-12T11:00:00Z'),
  ];
  const late = [
    event('e4', 'u1', '2026-11-11T09:00:00Z'),
    event('e5', 'u1', '2026-11-11T09:30:00Z'),
  ];

  it('move without reading the rollups of the window, and equal a recomputation', async () => {
    await applyPage({ cursor: '1', changes: first }, NOW);
    await recomputeDerived(NOW);
    const where = vi.spyOn(getDb().activityDays, 'where');
    await updateDerived(await applyPage({ cursor: '2', changes: late }, NOW), NOW);
    // The touched user's own rollups only: no read of the days' range.
    const indexes = where.mock.calls.map(([index]) => String(index));
    expect(indexes).toContain('[userId+day]');
    expect(indexes).not.toContain('day');
    where.mockRestore();
    const moved = await thresholds();
    // u1: one login on the 10th and two late ones on the 11th.
    expect(moved.find((r) => r.day === '2026-11-11')).toMatchObject({
      threshold: 3,
      activeUsers: 1,
    });
    await recomputeDerived(NOW);
    expect(moved).toEqual(await thresholds());
  });

  it('kept without histograms (an earlier version) get them, and equal a recomputation', async () => {
    await applyPage({ cursor: '1', changes: first }, NOW);
    await recomputeDerived(NOW);
    await META.dayHistograms.remove();
    await updateDerived(await applyPage({ cursor: '2', changes: late }, NOW), NOW);
    const after = await thresholds();
    const histograms = await META.dayHistograms.get();
    expect(Object.keys(histograms ?? {})).toHaveLength(THRESHOLD_DAYS);
    await recomputeDerived(NOW);
    expect(after).toEqual(await thresholds());
    expect(histograms).toEqual(await META.dayHistograms.get());
  });

  it('are not part of the threshold rows the panel reads', async () => {
    await applyPage({ cursor: '1', changes: first }, NOW);
    await recomputeDerived(NOW);
    expect((await thresholds()).find((r) => r.day === '2026-11-12')).toEqual({
      day: '2026-11-12',
      threshold: 2,
      activeUsers: 2,
    });
    expect((await META.dayHistograms.get())?.['2026-11-12']).toEqual({ 1: 1, 2: 1 });
  });
});
