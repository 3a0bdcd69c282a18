import fc from 'fast-check';
import type { ActivityDay, ActivityEvent } from '@/lib/domain/types';

// Shared fast-check generators for domain property tests: a few users, names and features,
// timestamps spread over ~70 days around a DST change so windows and day edges are exercised.

const START = Date.UTC(2026, 1, 1);
const SPAN = 70 * 86_400_000;

export const eventsArb: fc.Arbitrary<ActivityEvent[]> = fc
  .array(
    fc.record({
      userId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'),
      offset: fc.integer({ min: 0, max: SPAN }),
      name: fc.constantFrom('login', 'report_viewed', 'export', '__proto__'),
      feature: fc.option(fc.constantFrom('Reports', 'Export', 'Dashboards'), { nil: undefined }),
      module: fc.option(fc.constantFrom('Analytics', 'Admin'), { nil: undefined }),
      durationSec: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map((row, i) => {
      const event: ActivityEvent = {
        id: `e${i}`,
        userId: row.userId,
        ts: new Date(START + row.offset).toISOString(),
        name: row.name,
      };
      if (row.feature) event.feature = row.feature;
      if (row.module) event.module = row.module;
      if (row.durationSec !== undefined) event.durationSec = row.durationSec;
      return event;
    }),
  );

/** The same events re-delivered: some repeated (as copies), all in some order. */
export function shuffledWithDuplicates(events: ActivityEvent[]): fc.Arbitrary<ActivityEvent[]> {
  return fc
    .array(fc.nat({ max: Math.max(0, events.length - 1) }), { maxLength: events.length ? 20 : 0 })
    .chain((repeats) => {
      const delivered = [
        ...events,
        ...repeats.flatMap((i) => (events[i] ? [{ ...events[i] }] : [])),
      ];
      return fc.shuffledSubarray(delivered, {
        minLength: delivered.length,
        maxLength: delivered.length,
      });
    });
}

/** Rollups of a few users over ~70 days from 2026-02-01 (at most one per user and day). */
export const rollupsArb: fc.Arbitrary<ActivityDay[]> = fc
  .uniqueArray(
    fc.record({
      userId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'u6'),
      offset: fc.integer({ min: 0, max: 70 }),
      events: fc.integer({ min: 1, max: 6 }),
      logins: fc.integer({ min: 0, max: 2 }),
    }),
    { selector: (r) => `${r.userId}/${r.offset}`, maxLength: 80 },
  )
  .map((rows) =>
    rows.map((row) => ({
      userId: row.userId,
      day: new Date(START + row.offset * 86_400_000).toISOString().slice(0, 10),
      events: row.events,
      logins: Math.min(row.logins, row.events),
      durationSec: row.events * 10,
      names: { click: row.events },
    })),
  );
