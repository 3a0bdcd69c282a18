// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { rollupEvents } from '@/lib/domain/rollups';
import type { ActivityEvent } from '@/lib/domain/types';
import { runSync } from '@/lib/sync/engine';
import { freshDb, localEntities, testClock } from '../sync/sync-test-kit';
import { changeArbitrary, paginate, WORKSPACE } from './feed-arbitraries';
import { feedSource } from './feed-source';

// Events within the derived data's reach of the test clock (2026-11-20), so user types and
// thresholds are compared too, not only the stored rows.
const change = changeArbitrary([
  '2026-11-19T03:30:00Z',
  '2026-11-19T12:00:00Z',
  '2026-11-02T23:59:00-05:00',
  '2026-10-25T04:00:00Z',
]);

async function snapshot() {
  const db = getDb();
  return {
    entities: await localEntities(),
    userStats: await db.userStats.toArray(),
    thresholds: await db.thresholds.toArray(),
    stale: (await db.meta.bulkGet([META.rollupsStale.key, META.derivedStale.key])).map(
      (r) => r?.value,
    ),
  };
}

describe('a catch-up sync (from no cursor)', () => {
  it('stopped at any page (or before its rollups are rebuilt) and resumed equals an uninterrupted one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { maxLength: 30 }),
        fc.array(fc.nat(40), { maxLength: 6 }),
        fc.array(fc.nat(3), { maxLength: 8 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        fc.array(fc.nat(12), { minLength: 1, maxLength: 3 }),
        async (changes, cuts, overlaps, dups, stops) => {
          const pages = paginate([WORKSPACE, ...changes], cuts, overlaps, dups);
          freshDb();
          await runSync(feedSource(pages).source, { clock: testClock() });
          const uninterrupted = await snapshot();

          freshDb();
          for (const at of stops) {
            // Pull number `at` of a resumed run; past the last page, the stop lands after
            // every page was stored (the feed claims one more page).
            const stopAt = 1 + (at % (pages.length + 1));
            const { source, signal } = feedSource(pages, { at: stopAt, claimMore: true });
            await runSync(source, { clock: testClock(), signal }).catch(() => undefined);
          }
          await runSync(feedSource(pages).source, { clock: testClock() });
          const resumed = await snapshot();

          expect(resumed).toEqual(uninterrupted);
          expect(uninterrupted.stale).toEqual([undefined, undefined]);
          const events = uninterrupted.entities.event as ActivityEvent[];
          const zone =
            (uninterrupted.entities.workspace?.[0] as { timezone?: string } | undefined)
              ?.timezone ?? 'UTC';
          expect(uninterrupted.entities.activityDay).toEqual(rollupEvents(events, zone));
        },
      ),
      { numRuns: 60 },
    );
  }, 180_000);
});
