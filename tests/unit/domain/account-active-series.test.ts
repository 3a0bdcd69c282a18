import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountActiveSeries } from '@/lib/domain/account-active-series';
import { DEFAULT_DEFINITIONS } from '@/lib/domain/definitions';
import { addDays } from '@/lib/domain/time';
import type { ActivityDay, Definitions } from '@/lib/domain/types';

const defs: Definitions = { ...DEFAULT_DEFINITIONS, windowDays: 3 };
const now = new Date('2026-11-22T12:00:00Z');
const day = (
  userId: string,
  d: string,
  events = 1,
  names?: Record<string, number>,
): ActivityDay => ({
  userId,
  day: d,
  events,
  logins: 0,
  durationSec: 0,
  ...(names ? { names } : {}),
});

describe('accountActiveSeries', () => {
  it('has one zero-filled point per day, oldest first, ending today', () => {
    const series = accountActiveSeries([], defs, now, 5);
    expect(series.map((p) => p.day)).toEqual([
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(series.every((p) => p.activeThatDay === 0 && p.activeInWindow === 0)).toBe(true);
  });

  it('counts users active that day and active in the window ending that day (hand-worked)', () => {
    // Window 3 days: a day d counts activity on d-2, d-1, d.
    const rollups = [
      day('a', '2026-11-16'), // before the range: keeps a active on 11-18 only
      day('a', '2026-11-20'),
      day('b', '2026-11-19'),
      day('b', '2026-11-20'),
      day('c', '2026-11-22'),
      day('d', '2026-11-21', 0), // no events: not active
    ];
    const series = accountActiveSeries(rollups, defs, now, 5);
    expect(series.map((p) => p.activeThatDay)).toEqual([0, 1, 2, 0, 1]);
    // 11-18: a(16). 11-19: b. 11-20: a,b. 11-21: a,b. 11-22: a,b,c.
    expect(series.map((p) => p.activeInWindow)).toEqual([1, 1, 2, 2, 3]);
  });

  it('applies the activity-event filter of the definitions', () => {
    const filtered: Definitions = { ...defs, activityEvents: ['report_viewed'] };
    const rollups = [
      day('a', '2026-11-22', 4, { login: 4 }),
      day('b', '2026-11-22', 2, { report_viewed: 1, login: 1 }),
    ];
    const [last] = accountActiveSeries(rollups, filtered, now, 1);
    expect(last).toEqual({ day: '2026-11-22', activeThatDay: 1, activeInWindow: 1 });
  });

  it('uses the workspace timezone for today', () => {
    const tokyo: Definitions = { ...defs, timezone: 'Asia/Tokyo' };
    // 20:00Z on the 22nd is already the 23rd in Tokyo.
    const series = accountActiveSeries([], tokyo, new Date('2026-11-22T20:00:00Z'), 2);
    expect(series.map((p) => p.day)).toEqual(['2026-11-22', '2026-11-23']);
  });

  it('equals a per-day brute force for any activity', () => {
    const users = ['u1', 'u2', 'u3', 'u4'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            user: fc.constantFrom(...users),
            offset: fc.integer({ min: 0, max: 20 }),
            events: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 6 }),
        (entries, windowDays) => {
          const d: Definitions = { ...defs, windowDays };
          const seen = new Set<string>();
          const rollups: ActivityDay[] = [];
          for (const e of entries) {
            const key = `${e.user}/${e.offset}`;
            if (seen.has(key)) continue; // one rollup per user and day, as stored
            seen.add(key);
            rollups.push(day(e.user, addDays('2026-11-22', -e.offset), e.events));
          }
          const series = accountActiveSeries(rollups, d, now, 10);
          for (const point of series) {
            const activeOn = (u: string, x: string) =>
              rollups.some((r) => r.userId === u && r.day === x && r.events > 0);
            const thatDay = users.filter((u) => activeOn(u, point.day)).length;
            const inWindow = users.filter((u) =>
              Array.from({ length: windowDays }, (_, k) => addDays(point.day, -k)).some((x) =>
                activeOn(u, x),
              ),
            ).length;
            expect(point.activeThatDay).toBe(thatDay);
            expect(point.activeInWindow).toBe(inWindow);
          }
        },
      ),
    );
  });
});
