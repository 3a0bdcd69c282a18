// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPage } from '@/lib/db/apply-page';
import { getDb } from '@/lib/db/database';
import { rollupEvents } from '@/lib/domain/rollups';
import { IdFilter } from '@/lib/sync/id-filter';
import { freshDb, localEntities } from './sync-test-kit';

const WORKSPACE = {
  type: 'workspace',
  op: 'upsert',
  data: { id: 'w', name: 'W', timezone: 'America/New_York' },
};
const userId = fc.constantFrom('u0', 'u1', 'u2');
const ts = fc.constantFrom(
  '2026-03-08T03:30:00Z', // still March 7th in New York
  '2026-03-08T12:00:00Z',
  '2026-03-09T23:59:00-05:00',
  '2026-03-10T04:00:00Z',
);
const eventUpsert = fc.record({
  type: fc.constant('event'),
  op: fc.constant('upsert'),
  data: fc.record(
    {
      id: fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e4', 'e5'),
      userId,
      ts,
      name: fc.constantFrom('login', 'report_viewed', 'export'),
      feature: fc.constantFrom('reports', 'alerts'),
      module: fc.constantFrom('analytics', 'admin'),
      durationSec: fc.nat(300),
    },
    { requiredKeys: ['id', 'userId', 'ts', 'name'] },
  ),
});
const del = (type: string, ids: string[]) =>
  fc.record({ type: fc.constant(type), op: fc.constant('delete'), id: fc.constantFrom(...ids) });
const userUpsert = fc.record({
  type: fc.constant('user'),
  op: fc.constant('upsert'),
  data: fc.record({
    id: userId,
    createdAt: fc.constant('2026-01-01T00:00:00Z'),
    email: fc.constantFrom('a@x.io', null),
  }),
});
const noteUpsert = fc.record({
  type: fc.constant('note'),
  op: fc.constant('upsert'),
  data: fc.record({
    id: fc.constantFrom('n0', 'n1'),
    userId,
    title: fc.string({ maxLength: 5 }),
    body: fc.string({ maxLength: 5 }),
    type: fc.constant('Call'),
    createdAt: fc.constant('2026-01-01T00:00:00Z'),
    updatedAt: fc.constant('2026-01-02T00:00:00Z'),
  }),
});
const workspaceChange = fc.oneof(
  fc.record({
    type: fc.constant('workspace'),
    op: fc.constant('upsert'),
    data: fc.record({
      id: fc.constant('w'),
      name: fc.constant('W'),
      timezone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Tokyo'),
    }),
  }),
  fc.constant({ type: 'workspace', op: 'delete', id: 'w' }),
);
const invalid = fc.constant({ type: 'event', op: 'upsert', data: { id: 'bad' } });
const change = fc.oneof(
  { arbitrary: eventUpsert, weight: 5 },
  { arbitrary: del('event', ['e0', 'e1', 'e2', 'e9']), weight: 2 },
  { arbitrary: userUpsert, weight: 1 },
  { arbitrary: del('user', ['u0', 'u1']), weight: 1 },
  { arbitrary: noteUpsert, weight: 1 },
  { arbitrary: del('note', ['n0', 'n9']), weight: 1 },
  { arbitrary: invalid, weight: 1 },
  { arbitrary: workspaceChange, weight: 1 },
);

/** Pages cut at `cuts`; page k may start `overlaps[k]` changes early and may be sent twice. */
function paginate(feed: unknown[], cuts: number[], overlaps: number[], dups: boolean[]) {
  const points = [...new Set([0, ...cuts.map((c) => c % (feed.length + 1)), feed.length])].sort(
    (a, b) => a - b,
  );
  const pages: unknown[][] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = Math.max(0, (points[k] as number) - (overlaps[k] ?? 0));
    const page = feed.slice(start, points[k + 1]);
    pages.push(page);
    if (dups[k]) pages.push(page);
  }
  return pages;
}

async function stateAfter(pages: unknown[][], filter?: IdFilter) {
  freshDb();
  let n = 0;
  for (const changes of pages) await applyPage({ cursor: String(++n), changes }, undefined, filter);
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
          // Incremental rollups equal rollups derived from the stored events from scratch.
          expect(once.state.activityDay).toEqual(once.rollupsFromScratch);
        },
      ),
      { numRuns: 80 },
    );
  });
});
