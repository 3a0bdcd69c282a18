// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPage } from '@/lib/db/apply-page';
import { getDb } from '@/lib/db/database';
import { rebuildRollups } from '@/lib/db/rebuild-rollups';
import { rollupEvents } from '@/lib/domain/rollups';
import { IdFilter } from '@/lib/sync/id-filter';
import { freshDb, localEntities } from '../sync/sync-test-kit';
import { changeArbitrary, MARCH_TIMES, paginate, WORKSPACE } from './feed-arbitraries';

const change = changeArbitrary(MARCH_TIMES);

async function stateAfter(pages: unknown[][], filter?: IdFilter, catchUp = false) {
  freshDb();
  let n = 0;
  for (const changes of pages)
    await applyPage({ cursor: String(++n), changes }, undefined, filter, { catchUp });
  if (catchUp) await rebuildRollups();
  const state = await localEntities();
  const events = await getDb().events.toArray();
  const zone = (state.workspace?.[0] as { timezone?: string } | undefined)?.timezone ?? 'UTC';
  return { state, rollupsFromScratch: rollupEvents(events, zone) };
}

describe('applying the change feed', () => {
  it('gives the same local state for any split into pages, with any duplication or overlap', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { maxLength: 30 }),
        fc.array(fc.nat(40), { maxLength: 8 }),
        fc.array(fc.nat(4), { maxLength: 10 }),
        fc.array(fc.boolean(), { maxLength: 10 }),
        async (changes, cuts, overlaps, dups) => {
          const feed = [WORKSPACE, ...changes];
          const once = await stateAfter([feed]);
          // The split run also skips reading events its id filter has never seen.
          const split = await stateAfter(paginate(feed, cuts, overlaps, dups), new IdFilter(12));
          expect(split.state).toEqual(once.state);
          // Catch-up mode (events stored blind, rollups rebuilt at the end) ends the same.
          const caught = await stateAfter(paginate(feed, cuts, overlaps, dups), undefined, true);
          expect(caught.state).toEqual(once.state);
          // Incremental rollups equal rollups derived from the stored events from scratch.
          expect(once.state.activityDay).toEqual(once.rollupsFromScratch);
        },
      ),
      { numRuns: 80 },
    );
  }, 180_000);
});
