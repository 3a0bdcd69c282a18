// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDefinitions } from '@/lib/db/definitions-store';
import { rollupEvents } from '@/lib/domain/rollups';
import { runSync } from '@/lib/sync/engine';
import type { Clock } from '@/lib/sync/retry';
import { freshDb } from '../sync/sync-test-kit';
import { paginate } from './feed-arbitraries';
import { feedSource } from './feed-source';
import { finalState, referenceFigures, storeFigures } from './reference-figures';

// The store against lib/domain: for random workspaces, what the panel's queries read after a
// sync (a first sync stopped and resumed at any page, then incremental syncs with late events)
// equals what lib/domain derives straight from the raw feed: user types and window figures,
// metrics, milestones, the news feed and the accounts' counts. A `day` workspace fed the same
// activity as backend rollups gives the same figures.

const USERS = ['u0', 'u1', 'u2', 'u3', 'u4'];
const ACCOUNTS = ['a0', 'a1'];
// Hours before now: today, around midnight in the workspace's zone, yesterday, days back,
// the edge of a 7- or 30-day window, and long ago.
const HOURS_AGO = [0.5, 3, 9, 13, 20, 23, 25, 30, 49, 75, 146, 170, 360, 701, 725, 1100, 4800];

const nowArb = fc.constantFrom(
  '2026-11-20T03:30:00Z',
  '2026-11-20T16:00:00Z',
  '2026-03-08T06:30:00Z',
);

const workspaceArb = fc.record({
  type: fc.constant('workspace'),
  op: fc.constant('upsert'),
  data: fc.record({
    id: fc.constant('w'),
    name: fc.constant('W'),
    timezone: fc.constantFrom('America/New_York', 'Asia/Tokyo', 'UTC'),
    activityWindowDays: fc.constantFrom(7, 30),
    powerUserTopPercent: fc.constantFrom(10, 34, 60),
    activityEvents: fc.constantFrom([], ['report_viewed', 'login']),
    milestones: fc.constantFrom(undefined, [
      { id: 'm1', name: 'Reports', event: 'report_viewed', count: 2 },
    ]),
  }),
});

const userArb = fc.record({
  type: fc.constant('user'),
  op: fc.constant('upsert'),
  data: fc.record({
    id: fc.constantFrom(...USERS),
    createdAt: fc.constant('2025-06-01T00:00:00Z'),
    email: fc.constant('a@x.io'),
    accountId: fc.constantFrom('a0', 'a1', undefined),
    crmContact: fc.boolean(),
    deactivated: fc.nat(4).map((n) => n === 0),
  }),
});

const eventArb = (now: string) =>
  fc.record({
    type: fc.constant('event'),
    op: fc.constant('upsert'),
    data: fc.record(
      {
        id: fc.integer({ min: 0, max: 24 }).map((i) => `e${i}`),
        userId: fc.constantFrom(...USERS),
        ts: fc
          .constantFrom(...HOURS_AGO)
          .map((h) => new Date(Date.parse(now) - h * 3_600_000).toISOString()),
        name: fc.constantFrom('login', 'report_viewed', 'export'),
        feature: fc.constantFrom('reports', 'alerts'),
        module: fc.constantFrom('analytics', 'admin'),
        durationSec: fc.nat(300),
      },
      { requiredKeys: ['id', 'userId', 'ts', 'name'] },
    ),
  });

const changeArb = (now: string) =>
  fc.oneof(
    { arbitrary: eventArb(now), weight: 8 },
    {
      arbitrary: fc.record({
        type: fc.constant('event'),
        op: fc.constant('delete'),
        id: fc.integer({ min: 0, max: 24 }).map((i) => `e${i}`),
      }),
      weight: 1,
    },
    { arbitrary: userArb, weight: 2 },
  );

const accounts = ACCOUNTS.map((id) => ({
  type: 'account',
  op: 'upsert',
  data: { id, name: id },
}));

const pagesArb = fc.record({
  cuts: fc.array(fc.nat(60), { maxLength: 5 }),
  overlaps: fc.array(fc.nat(3), { maxLength: 6 }),
  dups: fc.array(fc.boolean(), { maxLength: 6 }),
});

const clockAt = (now: Date): Clock => ({
  now: () => now,
  random: () => 0.5,
  sleep: async () => undefined,
});

async function figuresAfterSync(
  first: unknown[][],
  later: unknown[][][],
  stops: number[],
  now: Date,
) {
  freshDb();
  const clock = clockAt(now);
  for (const at of stops) {
    const stopAt = 1 + (at % (first.length + 1));
    const { source, signal } = feedSource(first, { at: stopAt, claimMore: true });
    await runSync(source, { clock, signal }).catch(() => undefined);
  }
  const served = [...first];
  await runSync(feedSource(served).source, { clock });
  for (const pages of later) {
    served.push(...pages);
    await runSync(feedSource(served).source, { clock });
  }
  return storeFigures(USERS, ACCOUNTS, now, await getDefinitions());
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the store read through the panel queries', () => {
  it('equals lib/domain from the raw events, after stops, resumes and late events', async () => {
    await fc.assert(
      fc.asyncProperty(
        nowArb.chain((now) =>
          fc.record({
            now: fc.constant(now),
            workspace: workspaceArb,
            users: fc.array(userArb, { minLength: 1, maxLength: 6 }),
            first: fc.array(changeArb(now), { maxLength: 30 }),
            later: fc.array(fc.array(changeArb(now), { minLength: 1, maxLength: 8 }), {
              maxLength: 3,
            }),
            split: pagesArb,
            laterSplits: fc.array(pagesArb, { minLength: 3, maxLength: 3 }),
            stops: fc.array(fc.nat(12), { maxLength: 2 }),
          }),
        ),
        async (t) => {
          const now = new Date(t.now);
          // The milestones query reads the clock itself.
          vi.useFakeTimers({ toFake: ['Date'] });
          vi.setSystemTime(now);
          const firstFeed = [t.workspace, ...accounts, ...t.users, ...t.first];
          const first = paginate(firstFeed, t.split.cuts, t.split.overlaps, t.split.dups);
          const later = t.later.map((batch, i) => {
            const s = t.laterSplits[i] ?? { cuts: [], overlaps: [], dups: [] };
            return paginate(batch, s.cuts, s.overlaps, s.dups);
          });
          const store = await figuresAfterSync(first, later, t.stops, now);
          const reference = referenceFigures([...firstFeed, ...t.later.flat()], now, ACCOUNTS);
          expect(store).toEqual(reference);
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);

  it('of a "day" workspace fed the same activity as rollups equals the figures of raw events', async () => {
    await fc.assert(
      fc.asyncProperty(
        nowArb.chain((now) =>
          fc.record({
            now: fc.constant(now),
            workspace: workspaceArb,
            users: fc.array(userArb, { minLength: 1, maxLength: 6 }),
            events: fc.array(eventArb(now), { maxLength: 30 }),
            split: pagesArb,
          }),
        ),
        async (t) => {
          const now = new Date(t.now);
          vi.useFakeTimers({ toFake: ['Date'] });
          vi.setSystemTime(now);
          const eventFeed = [t.workspace, ...accounts, ...t.users, ...t.events];
          const { events } = finalState(eventFeed);
          const zone = t.workspace.data.timezone;
          const dayFeed = [
            { ...t.workspace, data: { ...t.workspace.data, activityGranularity: 'day' } },
            ...accounts,
            ...t.users,
            ...rollupEvents(events, zone).map((data) => ({
              type: 'activityDay',
              op: 'upsert',
              data,
            })),
          ];
          const pages = paginate(dayFeed, t.split.cuts, t.split.overlaps, t.split.dups);
          const store = await figuresAfterSync(pages, [], [], now);
          expect(store).toEqual(referenceFigures(eventFeed, now, ACCOUNTS));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
