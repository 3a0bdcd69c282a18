// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_SETTINGS, lowActiveAlerts, personAlerts } from '@/lib/domain/alerts';
import {
  changedPeopleByAccount,
  changeList,
  firstChanges,
  pagePeople,
} from '@/lib/domain/change-list';
import { type ChangeRecord, reconcileChanges } from '@/lib/domain/change-records';
import { changeKey, type TypeChange, userTypeChanges } from '@/lib/domain/type-changes';
import type { Definitions } from '@/lib/domain/types';

const TODAY = '2026-03-31';
const defs: Definitions = {
  timezone: 'UTC',
  windowDays: 30,
  powerTopPercent: 10,
  activityEvents: [],
  influencerRoleIds: [],
  influencerPersonaIds: [],
};

function rec(
  over: Partial<ChangeRecord> & Pick<TypeChange, 'userId' | 'kind' | 'day'>,
): ChangeRecord {
  return {
    id: changeKey(over),
    recordedAt: `${over.day}T08:00:00Z`,
    news: true,
    live: 1,
    ...over,
  };
}

describe('the change list', () => {
  const records = [
    rec({ userId: 'a1', accountId: 'acc-a', kind: 'inactive', day: '2026-03-30' }),
    rec({ userId: 'a2', accountId: 'acc-a', kind: 'power', day: '2026-03-20' }),
    rec({ userId: 'b1', accountId: 'acc-b', kind: 'influencer', day: '2026-03-31' }),
    rec({ userId: 'c1', kind: 'zombie', day: '2026-03-26' }),
    rec({ userId: 'old', accountId: 'acc-b', kind: 'inactive', day: '2026-02-28' }),
    rec({ userId: 'gone', accountId: 'acc-b', kind: 'power', day: '2026-03-29', live: 0 }),
  ];

  it('keeps the last 7 or 30 days, today included, and drops changes that no longer hold', () => {
    const week = changeList(records, { today: TODAY, window: 7 });
    expect(week.flatMap((g) => g.changes.map((c) => c.userId))).toEqual(['b1', 'a1', 'c1']);
    const month = changeList(records, { today: TODAY, window: 30 });
    expect(month.flatMap((g) => g.changes.map((c) => c.userId)).sort()).toEqual(
      ['a1', 'a2', 'b1', 'c1'].sort(),
    );
    // 2026-03-02 is the first day of the 30-day window; 2026-02-28 is outside it.
    expect(month.some((g) => g.changes.some((c) => c.userId === 'old'))).toBe(false);
  });

  it('groups by account, newest change first, groups ordered by their newest change', () => {
    const month = changeList(records, { today: TODAY, window: 30 });
    expect(month.map((g) => g.accountId)).toEqual(['acc-b', 'acc-a', undefined]);
    expect(month[1]?.changes.map((c) => c.day)).toEqual(['2026-03-30', '2026-03-20']);
    expect(changedPeopleByAccount(records, { today: TODAY, window: 30 })).toEqual(
      new Map([
        ['acc-b', 1],
        ['acc-a', 2],
      ]),
    );
  });

  it('pages the list in its order, cutting the group where the page ends', () => {
    const month = changeList(records, { today: TODAY, window: 30 });
    const two = firstChanges(month, 2);
    expect(two.map((g) => [g.accountId, g.changes.map((c) => c.userId)])).toEqual([
      ['acc-b', ['b1']],
      ['acc-a', ['a1']],
    ]);
    expect(firstChanges(month, 99)).toEqual(month);
    expect(firstChanges(month, 0)).toEqual([]);
  });

  it('names the people and accounts a page shows, each once, without the account-less group', () => {
    const twice = [
      ...records,
      rec({ userId: 'a1', accountId: 'acc-a', kind: 'influencer', day: '2026-03-29' }),
    ];
    const page = firstChanges(changeList(twice, { today: TODAY, window: 30 }), 5);
    expect(pagePeople(page)).toEqual({
      users: ['b1', 'a1', 'a2', 'c1'],
      accounts: ['acc-b', 'acc-a'],
    });
  });

  it('filters by kind of change', () => {
    const zombies = changeList(records, { today: TODAY, window: 30, kinds: new Set(['zombie']) });
    expect(zombies).toEqual([{ changes: [records[3]] }]);
  });
});

describe('type changes of one user', () => {
  const base = {
    userId: 'u',
    accountId: 'acc',
    thresholds: new Map<string, { threshold: number | null }>(),
    from: '2026-03-02',
    to: TODAY,
    defs,
  };

  it('reports a never-active user created in the span as a new zombie, dated by creation', () => {
    const changes = userTypeChanges({
      ...base,
      createdDay: '2026-03-25',
      everActive: false,
      rollups: [],
      isInfluencerCandidate: true,
    });
    expect(changes).toEqual([{ userId: 'u', accountId: 'acc', kind: 'zombie', day: '2026-03-25' }]);
    const older = userTypeChanges({
      ...base,
      createdDay: '2026-01-01',
      everActive: false,
      rollups: [],
      isInfluencerCandidate: false,
    });
    expect(older).toEqual([]);
  });

  it('says an influencer who went quiet was one the day before', () => {
    const changes = userTypeChanges({
      ...base,
      createdDay: '2025-01-01',
      everActive: true,
      rollups: [{ userId: 'u', day: '2026-02-20', events: 4, logins: 1, durationSec: 60 }],
      isInfluencerCandidate: true,
    });
    // Last active Feb 20: the window ending Mar 22, (Feb 20, Mar 22], no longer holds it.
    expect(changes).toEqual([
      {
        userId: 'u',
        accountId: 'acc',
        kind: 'inactive',
        day: '2026-03-22',
        before: ['influencer'],
      },
    ]);
  });
});

describe('deduplication across syncs', () => {
  const computed: TypeChange[] = [
    { userId: 'u1', accountId: 'acc', kind: 'inactive', day: '2026-03-30', before: ['power'] },
  ];

  it('keeps the first sighting of a change seen again, and tombstones one that vanished', () => {
    const first = reconcileChanges({ existing: [], computed, now: 'T1', news: true });
    expect(first).toEqual([expect.objectContaining({ recordedAt: 'T1', news: true, live: 1 })]);
    const alerted = first.map((r) => ({ ...r, alertedAt: 'T1' }));
    expect(reconcileChanges({ existing: alerted, computed, now: 'T2', news: true })).toEqual([]);
    const gone = reconcileChanges({ existing: alerted, computed: [], now: 'T3', news: true });
    expect(gone).toEqual([expect.objectContaining({ live: 0, alertedAt: 'T1' })]);
    // Back again: the same change, still alerted, so it is not announced a second time.
    const back = reconcileChanges({ existing: gone, computed, now: 'T4', news: true });
    expect(back).toEqual([expect.objectContaining({ live: 1, alertedAt: 'T1', recordedAt: 'T1' })]);
    expect(
      personAlerts(back, new Set(['acc']), { ...DEFAULT_ALERT_SETTINGS, enabled: true }),
    ).toEqual([]);
  });

  it('announces news on pinned accounts only, of the kinds chosen, and nothing when off', () => {
    const records = reconcileChanges({ existing: [], computed, now: 'T1', news: true });
    const on = { ...DEFAULT_ALERT_SETTINGS, enabled: true };
    expect(personAlerts(records, new Set(['acc']), on)).toEqual([
      { key: 'u1|inactive|2026-03-30', kind: 'went-quiet', accountId: 'acc', userId: 'u1' },
    ]);
    expect(personAlerts(records, new Set(['other']), on)).toEqual([]);
    expect(personAlerts(records, new Set(['acc']), DEFAULT_ALERT_SETTINGS)).toEqual([]);
    expect(personAlerts(records, new Set(['acc']), { ...on, wentQuiet: false })).toEqual([]);
    const baseline = reconcileChanges({ existing: [], computed, now: 'T1', news: false });
    expect(personAlerts(baseline, new Set(['acc']), on)).toEqual([]);
  });

  it('raises a licence alert when an account crosses below the line, once', () => {
    const on = { ...DEFAULT_ALERT_SETTINGS, enabled: true, lowActive: true, lowActivePercent: 50 };
    const first = lowActiveAlerts([{ accountId: 'a', active: 2, licences: 10 }], {}, on);
    expect(first.alerts).toEqual([]); // the first look is not news
    const above = lowActiveAlerts([{ accountId: 'a', active: 6, licences: 10 }], first.state, on);
    expect(above.alerts).toEqual([]);
    const below = lowActiveAlerts([{ accountId: 'a', active: 4, licences: 10 }], above.state, on);
    expect(below.alerts).toHaveLength(1);
    const still = lowActiveAlerts([{ accountId: 'a', active: 3, licences: 10 }], below.state, on);
    expect(still.alerts).toEqual([]);
  });
});
