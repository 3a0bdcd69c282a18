import { describe, expect, it } from 'vitest';
import {
  milestoneAppliesTo,
  milestoneStatus,
  reachedMilestones,
  userMilestones,
} from '@/lib/domain/adoption-milestones';
import { definitionsFrom } from '@/lib/domain/definitions';
import { buildNewsFeed, filterFeed } from '@/lib/domain/news-feed';
import { rollupEvents } from '@/lib/domain/rollups';
import type { ActivityDay, AdoptionMilestone } from '@/lib/domain/types';
import { entitySchemas } from '@/lib/protocol/schemas';
import { defs, ev, noon, rollup, user } from './builders';

const exported = (extra: Partial<AdoptionMilestone> = {}): AdoptionMilestone => ({
  id: 'm-export',
  name: 'Exported data',
  event: 'data_exported',
  count: 3,
  withinWindow: false,
  roleIds: [],
  personaIds: [],
  ...extra,
});

/** `n` exports (plus some other events) on `day`. */
const exports = (day: string, n: number): ActivityDay =>
  rollup('u', day, n + 2, { names: { data_exported: n, report_viewed: 2 } });

describe('adoption milestones', () => {
  it('all time: reached on the day the count got to N, however far apart the events', () => {
    const rollups = [exports('2026-01-05', 1), exports('2026-03-01', 1), exports('2026-06-20', 1)];
    expect(milestoneStatus(exported(), rollups, 30)).toEqual({
      state: 'reached',
      day: '2026-06-20',
    });
  });

  it('within the window: counts only events inside one window ending that day', () => {
    // W = 30: Jan 5 and Feb 20 are 46 days apart, so not 3 in one window until Mar 10
    // (Feb 20 + Mar 10); all time, the third export came on Feb 20.
    const spread = [exports('2026-01-05', 2), exports('2026-02-20', 1), exports('2026-03-10', 2)];
    expect(milestoneStatus(exported({ withinWindow: true }), spread, 30)).toEqual({
      state: 'reached',
      day: '2026-03-10',
    });
    expect(milestoneStatus(exported(), spread, 30)).toEqual({
      state: 'reached',
      day: '2026-02-20',
    });
    expect(milestoneStatus(exported({ withinWindow: true }), spread.slice(0, 2), 30)).toEqual({
      state: 'not-reached',
      count: 2,
    });
    // The window is (day − W, day]: 2 exports on Jan 1, 1 on Jan 31 is one day too late for W = 30.
    const edge = [exports('2026-01-01', 2), exports('2026-01-31', 1)];
    expect(milestoneStatus(exported({ withinWindow: true }), edge, 30)).toEqual({
      state: 'not-reached',
      count: 2,
    });
    expect(milestoneStatus(exported({ withinWindow: true }), edge, 31)).toEqual({
      state: 'reached',
      day: '2026-01-31',
    });
    // The same events all time do reach it.
    expect(milestoneStatus(exported(), edge, 30)).toMatchObject({ state: 'reached' });
  });

  it('not reached: says how many times so far; other event names do not count', () => {
    const rollups = [rollup('u', '2026-02-01', 40, { names: { report_viewed: 40 } })];
    expect(milestoneStatus(exported(), rollups, 30)).toEqual({ state: 'not-reached', count: 0 });
    expect(milestoneStatus(exported(), [], 30)).toEqual({ state: 'not-reached', count: 0 });
  });

  it('a user who reaches it twice counts once, on the first day', () => {
    const rollups = [exports('2026-01-05', 3), exports('2026-05-05', 4)];
    const m = exported({ withinWindow: true });
    expect(milestoneStatus(m, rollups, 30)).toEqual({ state: 'reached', day: '2026-01-05' });
    const list = userMilestones([m], user('u'), rollups, 30);
    expect(list).toHaveLength(1);
    expect(reachedMilestones([m], rollups, 30)).toEqual({
      reached: { 'm-export': '2026-01-05' },
      unknown: [],
    });
  });

  it('role and persona scoping: either a listed role or a listed persona makes it apply', () => {
    const scoped = exported({ roleIds: ['r-marketing'], personaIds: ['p-exec'] });
    expect(milestoneAppliesTo(scoped, { roleId: 'r-marketing' })).toBe(true);
    expect(milestoneAppliesTo(scoped, { personaId: 'p-exec' })).toBe(true);
    expect(milestoneAppliesTo(scoped, { roleId: 'r-sales', personaId: 'p-user' })).toBe(false);
    expect(milestoneAppliesTo(scoped, {})).toBe(false);
    expect(milestoneAppliesTo(exported(), {})).toBe(true);
    const rollups = [exports('2026-01-05', 3)];
    const everyone = exported({ id: 'm-all' });
    expect(
      userMilestones([scoped, everyone], user('u', { roleId: 'r-sales' }), rollups, 30).map(
        (m) => m.milestone.id,
      ),
    ).toEqual(['m-all']);
    expect(
      userMilestones([scoped, everyone], user('u', { personaId: 'p-exec' }), rollups, 30),
    ).toHaveLength(2);
  });

  it('is not known when rollups carry no per-name counts (never guessed as "not reached")', () => {
    const blind: ActivityDay = {
      userId: 'u',
      day: '2026-01-05',
      events: 9,
      logins: 1,
      durationSec: 0,
    };
    expect(milestoneStatus(exported(), [blind], 30)).toEqual({ state: 'unknown' });
    expect(reachedMilestones([exported()], [blind], 30).unknown).toEqual(['m-export']);
  });

  it('event and day granularity agree', () => {
    const ts = [
      '2026-01-03T23:30:00-05:00', // Jan 4 in UTC, Jan 3 in New York
      '2026-01-20T10:00:00Z',
      '2026-02-10T10:00:00Z',
      '2026-02-11T10:00:00Z',
    ];
    const events = ts.flatMap((t, i) => [
      ev('u', t, { name: 'data_exported' }),
      ev('u', t, { name: 'login', id: `login-${i}` }),
    ]);
    for (const zone of ['UTC', 'America/New_York'])
      for (const withinWindow of [false, true]) {
        const fromEvents = rollupEvents(events, zone);
        // What a "day" backend sends for the same activity, through the wire schema.
        const fromDays = fromEvents.map((r) =>
          entitySchemas.activityDay.parse({
            userId: r.userId,
            day: r.day,
            events: r.events,
            logins: r.logins,
            durationSec: r.durationSec,
            names: r.names,
          }),
        );
        for (const count of [1, 2, 3, 4, 5]) {
          const m = exported({ count, withinWindow });
          expect(milestoneStatus(m, fromDays, 30)).toEqual(milestoneStatus(m, fromEvents, 30));
        }
      }
    const all = exported({ count: 4 });
    expect(milestoneStatus(all, rollupEvents(events, 'UTC'), 30)).toEqual({
      state: 'reached',
      day: '2026-02-11',
    });
  });

  it('workspace milestones apply unless overridden locally; bad entries are dropped', () => {
    const ws = {
      id: 'w',
      name: 'W',
      timezone: 'UTC',
      activityWindowDays: 30,
      powerUserTopPercent: 10,
      activityEvents: [],
      noteTypes: [],
      activityGranularity: 'event' as const,
      milestones: [exported()],
    };
    expect(definitionsFrom(ws).milestones).toEqual([exported()]);
    const local = exported({ id: 'm-local', name: 'Local', count: 1 });
    expect(definitionsFrom(ws, { milestones: [local] }).milestones).toEqual([local]);
    const bad = { ...exported({ id: 'm-bad' }), count: 0 };
    expect(definitionsFrom(ws, { milestones: [bad, local] }).milestones).toEqual([local]);
    expect(definitionsFrom(undefined).milestones).toBeUndefined();
  });

  it('reached milestones are feed items of the milestone category, once each', () => {
    const feed = buildNewsFeed({
      rollups: [],
      notes: [],
      enrollments: [],
      cadences: [],
      milestones: [],
      adoption: [
        { id: 'm-export', name: 'Exported data', day: '2026-03-10' },
        { id: 'm-old', name: 'Old news', day: '2025-12-01' },
      ],
      defs: defs(),
      now: noon('2026-03-20'),
    });
    expect(filterFeed(feed, ['milestone'])).toEqual([
      {
        id: 'adoption:m-export',
        category: 'milestone',
        at: '2026-03-10',
        day: '2026-03-10',
        title: 'Reached “Exported data”',
      },
    ]);
  });
});
