// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPage } from '@/lib/db/apply-page';
import { getDb } from '@/lib/db/database';
import { recomputeDerived, updateDerived } from '@/lib/db/derived';
import { META } from '@/lib/db/meta';
import { freshDb } from '../sync/sync-test-kit';
import { changeArbitrary, WORKSPACE } from './feed-arbitraries';

const NOW = new Date('2026-11-20T12:00:00Z');
// Today, yesterday (a late event moves earlier thresholds) and weeks back.
const change = changeArbitrary([
  '2026-11-20T09:00:00Z',
  '2026-11-19T12:00:00Z',
  '2026-11-02T23:59:00-05:00',
  '2026-10-25T04:00:00Z',
]);

async function derivedState() {
  const db = getDb();
  return {
    userStats: await db.userStats.toArray(),
    thresholds: await db.thresholds.toArray(),
    threshold: (await db.meta.get(META.derivedThreshold.key))?.value,
    histogram: (await db.meta.get(META.windowCountHistogram.key))?.value,
    dayHistograms: (await db.meta.get(META.dayHistograms.key))?.value,
  };
}

describe('incremental derived data', () => {
  it('after any sequence of pages equals a recomputation from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { maxLength: 12 }),
        fc.array(fc.array(change, { maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (first, later) => {
          freshDb();
          await applyPage({ cursor: '0', changes: [WORKSPACE, ...first] }, NOW);
          await recomputeDerived(NOW);
          for (const [i, changes] of later.entries())
            await updateDerived(await applyPage({ cursor: String(i + 1), changes }, NOW), NOW);
          const incremental = await derivedState();
          await recomputeDerived(NOW);
          expect(incremental).toEqual(await derivedState());
        },
      ),
      { numRuns: 60 },
    );
  }, 180_000);
});
