import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityCount,
  addRollups,
  eventContribution,
  rollupEvents,
  subtractRollups,
} from '@/lib/domain/rollups';
import type { ActivityDay, ActivityEvent } from '@/lib/domain/types';
import { windowCount } from '@/lib/domain/user-types';
import { eventsArb, shuffledWithDuplicates } from './arbitraries';
import { defs, ev, rollup } from './builders';

describe('eventContribution', () => {
  it("is one event's share of its day in the zone", () => {
    const e = ev('u1', '2026-03-08T03:30:00Z', {
      name: 'login',
      feature: 'Reports',
      module: 'Analytics',
      durationSec: 40,
    });
    expect(eventContribution(e, 'America/New_York')).toEqual({
      userId: 'u1',
      day: '2026-03-07',
      events: 1,
      logins: 1,
      durationSec: 40,
      names: { login: 1 },
      features: { Reports: 1 },
      modules: { Analytics: 1 },
    });
    const plain = eventContribution(ev('u1', '2026-03-08T03:30:00Z'), 'UTC');
    expect(plain).toEqual({
      userId: 'u1',
      day: '2026-03-08',
      events: 1,
      logins: 0,
      durationSec: 0,
      names: { click: 1 },
    });
  });

  it('ignores a negative or non-numeric duration', () => {
    expect(
      eventContribution(ev('u1', '2026-03-08T10:00:00Z', { durationSec: -5 }), 'UTC').durationSec,
    ).toBe(0);
  });
});

describe('rollupEvents', () => {
  it('sums a day per user with hand-worked values', () => {
    const events: ActivityEvent[] = [
      { id: 'a', userId: 'u1', ts: '2026-03-07T10:00:00Z', name: 'login', durationSec: 10 },
      {
        id: 'b',
        userId: 'u1',
        ts: '2026-03-07T11:00:00Z',
        name: 'report_viewed',
        feature: 'Reports',
        module: 'Analytics',
        durationSec: 30,
      },
      {
        id: 'c',
        userId: 'u1',
        ts: '2026-03-07T12:00:00Z',
        name: 'report_viewed',
        feature: 'Reports',
        durationSec: 5,
      },
      { id: 'd', userId: 'u1', ts: '2026-03-08T03:30:00Z', name: 'export', feature: 'Export' },
      { id: 'e', userId: 'u2', ts: '2026-03-07T12:00:00Z', name: 'login' },
    ];
    expect(rollupEvents(events, 'America/New_York')).toEqual([
      {
        userId: 'u1',
        day: '2026-03-07',
        events: 4, // 'd' is 22:30 on the 7th in New York
        logins: 1,
        durationSec: 45,
        names: { login: 1, report_viewed: 2, export: 1 },
        features: { Reports: 2, Export: 1 },
        modules: { Analytics: 1 },
      },
      {
        userId: 'u2',
        day: '2026-03-07',
        events: 1,
        logins: 1,
        durationSec: 0,
        names: { login: 1 },
      },
    ]);
    // In UTC the same 'd' falls on the 8th.
    expect(rollupEvents(events, 'UTC').map((r) => `${r.userId} ${r.day} ${r.events}`)).toEqual([
      'u1 2026-03-07 3',
      'u1 2026-03-08 1',
      'u2 2026-03-07 1',
    ]);
  });

  it('counts the same event id once', () => {
    const e: ActivityEvent = {
      id: 'x',
      userId: 'u1',
      ts: '2026-03-07T10:00:00Z',
      name: 'login',
      durationSec: 60,
    };
    const [day] = rollupEvents([e, e, { ...e }], 'UTC');
    expect(day).toMatchObject({ events: 1, logins: 1, durationSec: 60 });
  });

  it('splits days at local midnight across a DST change', () => {
    const events: ActivityEvent[] = [
      { id: '1', userId: 'u', ts: '2026-03-08T04:59:00Z', name: 'a' }, // 23:59 EST, the 7th
      { id: '2', userId: 'u', ts: '2026-03-08T05:00:00Z', name: 'a' }, // 00:00 EST, the 8th
      { id: '3', userId: 'u', ts: '2026-03-09T03:59:00Z', name: 'a' }, // 23:59 EDT, the 8th
      { id: '4', userId: 'u', ts: '2026-03-09T04:00:00Z', name: 'a' }, // 00:00 EDT, the 9th
    ];
    expect(rollupEvents(events, 'America/New_York').map((r) => [r.day, r.events])).toEqual([
      ['2026-03-07', 1],
      ['2026-03-08', 2],
      ['2026-03-09', 1],
    ]);
  });

  it('keeps names like "__proto__" as plain counts', () => {
    const [day] = rollupEvents(
      [ev('u', '2026-03-07T10:00:00Z', { name: '__proto__', feature: 'constructor' })],
      'UTC',
    );
    expect(Object.getPrototypeOf(day?.names)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(day?.names, '__proto__')?.value).toBe(1);
    expect(Object.keys(day?.names ?? {})).toEqual(['__proto__']);
    expect(activityCount(day as ActivityDay, ['__proto__'])).toBe(1);
  });

  it('gives the same rollups for any order and any duplication of the same events', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) => fc.tuple(fc.constant(events), shuffledWithDuplicates(events))),
        fc.constantFrom('UTC', 'America/New_York', 'Asia/Kathmandu'),
        ([events, delivered], zone) => {
          expect(rollupEvents(delivered, zone)).toEqual(rollupEvents(events, zone));
        },
      ),
    );
  });

  it('equals folding each distinct event contribution with addRollups', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const byKey = new Map<string, ActivityDay>();
        for (const e of events) {
          const c = eventContribution(e, 'UTC');
          const key = `${c.userId}/${c.day}`;
          byKey.set(key, addRollups(byKey.get(key), c));
        }
        const folded = [...byKey.values()].sort((a, b) =>
          a.userId === b.userId ? a.day.localeCompare(b.day) : a.userId < b.userId ? -1 : 1,
        );
        expect(folded).toEqual(rollupEvents(events, 'UTC'));
      }),
    );
  });
});

describe('addRollups and subtractRollups', () => {
  it('add field by field and merge name maps', () => {
    const a = rollup('u', '2026-03-07', 2, { logins: 1, durationSec: 10, features: { A: 2 } });
    const b = rollup('u', '2026-03-07', 3, {
      durationSec: 5,
      features: { A: 1, B: 2 },
      modules: { M: 3 },
    });
    expect(addRollups(a, b)).toEqual({
      userId: 'u',
      day: '2026-03-07',
      events: 5,
      logins: 1,
      durationSec: 15,
      names: { click: 5 },
      features: { A: 3, B: 2 },
      modules: { M: 3 },
    });
    expect(addRollups(undefined, b)).toEqual(b);
  });

  it('drop per-name counts when one side has none (they would undercount)', () => {
    const withNames = rollup('u', '2026-03-07', 2);
    const without: ActivityDay = {
      userId: 'u',
      day: '2026-03-07',
      events: 4,
      logins: 0,
      durationSec: 0,
    };
    expect(addRollups(withNames, without).names).toBeUndefined();
    expect(addRollups(withNames, without).events).toBe(6);
  });

  it('subtract to undefined when nothing is left', () => {
    const a = rollup('u', '2026-03-07', 2);
    expect(subtractRollups(a, a)).toBeUndefined();
    expect(subtractRollups(a, rollup('u', '2026-03-07', 1))).toEqual(rollup('u', '2026-03-07', 1));
  });

  it('adding then subtracting a contribution is the identity', () => {
    fc.assert(
      fc.property(eventsArb, fc.nat(), (events, pick) => {
        const same = events.map((e) => ({ ...e, userId: 'u', ts: '2026-03-07T12:00:00Z' }));
        const [base] = rollupEvents(same, 'UTC');
        const extra = same[pick % Math.max(1, same.length)];
        if (!base || !extra) return;
        const c = eventContribution({ ...extra, id: 'extra' }, 'UTC');
        expect(subtractRollups(addRollups(base, c), c)).toEqual(base);
      }),
    );
  });
});

describe('activityCount', () => {
  const day = rollup('u', '2026-03-07', 6, {
    logins: 2,
    names: { login: 2, report_viewed: 3, export: 1 },
  });

  it('is every event when no activity events are configured', () => {
    expect(activityCount(day, [])).toBe(6);
  });

  it('sums only the configured names', () => {
    expect(activityCount(day, ['report_viewed', 'export'])).toBe(4);
    expect(activityCount(day, ['nothing'])).toBe(0);
  });

  it('without names, counts logins for a login-only definition and never unproven events (#12)', () => {
    const { names: _dropped, ...fromBackend } = day;
    expect(activityCount(fromBackend, [])).toBe(6);
    expect(activityCount(fromBackend, ['login'])).toBe(2);
    expect(activityCount(fromBackend, ['report_viewed'])).toBe(0);
  });

  it('gives the same window count in event and day granularity for a login-only definition', () => {
    // A user who only viewed reports: Inactive in event mode, so Inactive in day mode too.
    const events = [1, 2, 3].map((h) =>
      ev('u', `2026-03-07T0${h}:00:00Z`, { name: 'report_viewed' }),
    );
    const derived = rollupEvents(events, 'UTC');
    const fromBackend = derived.map(({ names: _n, ...r }) => r);
    const loginOnly = defs({ activityEvents: ['login'] });
    expect(windowCount(derived, '2026-03-10', loginOnly)).toBe(0);
    expect(windowCount(fromBackend, '2026-03-10', loginOnly)).toBe(0);
  });
});
