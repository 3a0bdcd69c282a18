import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollupEvents } from '@/lib/domain/rollups';
import type { ActivityDay, ActivityEvent } from '@/lib/domain/types';
import {
  classifyUser,
  classifyWorkspace,
  isInfluencerCandidate,
  powerThreshold,
  windowCount,
} from '@/lib/domain/user-types';
import { eventsArb, shuffledWithDuplicates } from './arbitraries';
import { defs, rollup, user } from './builders';

describe('powerThreshold', () => {
  it('is null for an empty workspace or one without active users', () => {
    expect(powerThreshold([], 10)).toBeNull();
    expect(powerThreshold([0, 0, 0], 10)).toBeNull();
  });

  it("is the only active user's count when one user is active", () => {
    expect(powerThreshold([0, 7, 0], 10)).toBe(7);
  });

  it('is the k-th highest count, k = ceil(N × p / 100)', () => {
    const counts = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]; // N = 10
    expect(powerThreshold(counts, 10)).toBe(10); // k = 1
    expect(powerThreshold(counts, 20)).toBe(9); // k = 2
    expect(powerThreshold(counts, 25)).toBe(8); // k = ceil(2.5) = 3
    expect(powerThreshold(counts, 100)).toBe(1); // k = N
    expect(powerThreshold([...counts, 1], 10)).toBe(9); // N = 11: k = ceil(1.1) = 2
    expect(powerThreshold([3, 2, 1], 100 / 3)).toBe(3); // k = ceil(0.99999…) = 1, not 2
  });

  it('lets every user tied at T be a power user', () => {
    const counts = [7, 7, 7, 3, 2, 1, 1, 1, 1, 1, 0, 0]; // N = 10, k = 1
    const T = powerThreshold(counts, 10);
    expect(T).toBe(7);
    expect(counts.filter((n) => n > 0 && T !== null && n >= T)).toHaveLength(3);
  });
});

describe('classifyUser', () => {
  const base = { isInfluencerCandidate: false, threshold: 10 };
  it('orders power, influencer, active', () => {
    expect(
      classifyUser({ ...base, windowCount: 12, everActive: true, isInfluencerCandidate: true }),
    ).toEqual(['power', 'influencer', 'active']);
    expect(classifyUser({ ...base, windowCount: 10, everActive: true })).toEqual([
      'power',
      'active',
    ]);
    expect(classifyUser({ ...base, windowCount: 9, everActive: true })).toEqual(['active']);
  });

  it('is inactive with past events, zombie without any, nothing when deactivated', () => {
    expect(
      classifyUser({ ...base, windowCount: 0, everActive: true, isInfluencerCandidate: true }),
    ).toEqual(['inactive']);
    expect(classifyUser({ ...base, windowCount: 0, everActive: false })).toEqual(['zombie']);
    expect(classifyUser({ ...base, windowCount: 50, everActive: true, deactivated: true })).toEqual(
      [],
    );
  });

  it('has no power users without a threshold', () => {
    expect(classifyUser({ ...base, windowCount: 3, everActive: true, threshold: null })).toEqual([
      'active',
    ]);
  });
});

describe('isInfluencerCandidate', () => {
  const d = defs({ influencerRoleIds: ['champion'], influencerPersonaIds: ['buyer'] });
  it('is a CRM contact, a person seen in the CRM, or a configured role/persona', () => {
    expect(isInfluencerCandidate(user('a', { crmContact: true }), false, d)).toBe(true);
    expect(isInfluencerCandidate(user('a'), true, d)).toBe(true);
    expect(isInfluencerCandidate(user('a', { roleId: 'champion' }), false, d)).toBe(true);
    expect(isInfluencerCandidate(user('a', { personaId: 'buyer' }), false, d)).toBe(true);
    expect(isInfluencerCandidate(user('a', { crmContact: false, roleId: 'admin' }), false, d)).toBe(
      false,
    );
  });
});

describe('windowCount', () => {
  it('counts the window (end − W, end]: day end − W + 1 is in, day end − W is out', () => {
    const d = defs({ windowDays: 30 });
    const rollups = [
      rollup('u', '2026-03-01', 100), // end − 30: out
      rollup('u', '2026-03-02', 1), // end − 29: in
      rollup('u', '2026-03-31', 2), // end: in
      rollup('u', '2026-04-01', 1000), // after end: out
    ];
    expect(windowCount(rollups, '2026-03-31', d)).toBe(3);
    expect(windowCount(rollups, '2026-03-30', d)).toBe(101);
  });

  it('applies the activity-event filter', () => {
    const r = rollup('u', '2026-03-10', 5, { names: { login: 3, report_viewed: 2 } });
    expect(windowCount([r], '2026-03-10', defs({ activityEvents: ['report_viewed'] }))).toBe(2);
  });
});

describe('classifyWorkspace', () => {
  const zone = 'America/New_York';
  // 23:00 on 2026-03-30 in New York: today is the 30th, the window is (2026-02-28, 2026-03-30].
  const now = new Date('2026-03-31T03:00:00Z');
  const many = (userId: string, n: number, ts: string, name = 'click'): ActivityEvent[] =>
    Array.from({ length: n }, (_, i) => ({ id: `${userId}-${ts}-${i}`, userId, ts, name }));
  const events = [
    ...many('p', 20, '2026-03-10T15:00:00Z'),
    ...many('q', 20, '2026-03-01T15:00:00Z'), // first day of the window, tied with p
    ...many('r', 5, '2026-03-20T15:00:00Z'),
    ...many('s', 1, '2026-02-28T15:00:00Z'), // end − W: just outside
    ...many('t', 1, '2026-03-01T04:30:00Z'), // 23:30 on Feb 28 in New York: outside too
    ...many('seen', 2, '2026-03-29T15:00:00Z'),
    ...many('champ', 3, '2026-03-30T15:00:00Z'),
    ...many('d', 100, '2026-03-30T15:00:00Z'), // deactivated: must not raise the threshold
    ...many('logins', 4, '2026-03-15T15:00:00Z', 'login'),
  ];
  const users = [
    user('p'),
    user('q'),
    user('r', { crmContact: true }),
    user('s', { crmContact: true }),
    user('t'),
    user('z'),
    user('seen'),
    user('champ', { roleId: 'champion' }),
    user('d', { deactivated: true }),
    user('logins'),
  ];
  const byUser = (rollups: ActivityDay[]) => {
    const map = new Map<string, ActivityDay[]>();
    for (const r of rollups) map.set(r.userId, [...(map.get(r.userId) ?? []), r]);
    return map;
  };
  const run = (overrides = {}, evs = events) =>
    classifyWorkspace({
      users,
      rollupsByUser: byUser(rollupEvents(evs, zone)),
      seenInCrm: new Set(['seen']),
      defs: defs({ timezone: zone, influencerRoleIds: ['champion'], ...overrides }),
      now,
    });

  it('classifies every rule with hand-worked values', () => {
    const result = run();
    const types = Object.fromEntries([...result].map(([id, c]) => [id, c.types]));
    // Active: p 20, q 20, r 5, seen 2, champ 3, logins 4 → N = 6, k = ceil(0.6) = 1, T = 20.
    expect(types).toEqual({
      p: ['power', 'active'],
      q: ['power', 'active'],
      r: ['influencer', 'active'],
      s: ['inactive'],
      t: ['inactive'],
      z: ['zombie'],
      seen: ['influencer', 'active'],
      champ: ['influencer', 'active'],
      logins: ['active'],
    });
    expect(result.has('d')).toBe(false);
    expect(result.get('q')).toMatchObject({
      windowCount: 20,
      activeDaysWindow: 1,
      everActive: true,
      lastActiveDay: '2026-03-01',
    });
    expect(result.get('s')).toMatchObject({
      windowCount: 0,
      everActive: true,
      lastActiveDay: '2026-02-28',
    });
    expect(result.get('z')).toEqual({
      types: ['zombie'],
      windowCount: 0,
      activeDaysWindow: 0,
      everActive: false,
    });
  });

  it('follows the percentile: top 50% of 6 active users is k = 3, T = 5', () => {
    const result = run({ powerTopPercent: 50 });
    expect(result.get('r')?.types).toEqual(['power', 'influencer', 'active']);
    expect(result.get('logins')?.types).toEqual(['active']);
  });

  it('follows the window: 10 days drops q (20 events on Mar 1) to inactive', () => {
    const result = run({ windowDays: 10 });
    expect(result.get('q')?.types).toEqual(['inactive']);
    expect(result.get('p')?.types).toEqual(['inactive']); // Mar 10 is end − 20
    // The window is (Mar 20, Mar 30]: r (Mar 20) is out; seen 2 and champ 3 are active, T = 3.
    expect(result.get('r')?.types).toEqual(['inactive']);
    expect(result.get('champ')?.types).toEqual(['power', 'influencer', 'active']);
    expect(result.get('seen')?.types).toEqual(['influencer', 'active']);
  });

  it('counts only the configured activity events, yet a non-activity event is not a zombie', () => {
    const result = run({ activityEvents: ['click'] });
    expect(result.get('logins')?.types).toEqual(['inactive']);
    expect(result.get('logins')?.lastActiveDay).toBeUndefined();
  });

  it('gives an empty result for an empty workspace', () => {
    const result = classifyWorkspace({
      users: [],
      rollupsByUser: new Map(),
      seenInCrm: new Set(),
      defs: defs(),
      now,
    });
    expect(result.size).toBe(0);
  });

  it('gives the same types from backend day rollups (no per-name counts) as from raw events', () => {
    fc.assert(
      fc.property(eventsArb, (evs) => {
        const allUsers = ['u1', 'u2', 'u3', 'u4', 'u5'].map((id) => user(id));
        const fromEvents = rollupEvents(evs, zone);
        const fromBackend = fromEvents.map(({ names: _names, ...day }) => day);
        const classify = (rollups: ActivityDay[]) =>
          classifyWorkspace({
            users: allUsers,
            rollupsByUser: byUser(rollups),
            seenInCrm: new Set(['u1']),
            defs: defs({ timezone: zone, powerTopPercent: 30 }),
            now: new Date('2026-03-25T12:00:00Z'),
          });
        expect(classify(fromBackend)).toEqual(classify(fromEvents));
      }),
    );
  });

  it('gives the same types for any order and any duplication of the same events', () => {
    const allUsers = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map((id) =>
      user(id, { crmContact: id === 'u2' }),
    );
    const at = new Date('2026-03-20T12:00:00Z');
    fc.assert(
      fc.property(
        eventsArb.chain((evs) => fc.tuple(fc.constant(evs), shuffledWithDuplicates(evs))),
        ([original, delivered]) => {
          const classify = (evs: ActivityEvent[]) =>
            classifyWorkspace({
              users: allUsers,
              rollupsByUser: byUser(rollupEvents(evs, zone)),
              seenInCrm: new Set(),
              defs: defs({ timezone: zone, powerTopPercent: 40 }),
              now: at,
            });
          expect(classify(delivered)).toEqual(classify(original));
        },
      ),
    );
  });
});
