import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  histogramsByDay,
  moveUserInHistograms,
  windowCountsByDay,
} from '@/lib/domain/day-histograms';
import { powerThresholdsByDay } from '@/lib/domain/thresholds';
import type { ActivityDay } from '@/lib/domain/types';
import { windowCount } from '@/lib/domain/user-types';
import { thresholdOfHistogram } from '@/lib/domain/window-histogram';
import { rollupsArb } from './arbitraries';
import { defs, rollup } from './builders';

// Per-day histograms of window counts: each day's threshold equals the sliding computation
// over every user's rollups, and moving one user keeps it so.

const byUser = (rows: ActivityDay[]) => {
  const m = new Map<string, ActivityDay[]>();
  for (const r of rows) m.set(r.userId, [...(m.get(r.userId) ?? []), r]);
  return m;
};

describe('histograms of window counts per day', () => {
  it("give each day's threshold and active users as the sliding computation does", () => {
    fc.assert(
      fc.property(rollupsArb, fc.constantFrom(1, 7, 30), fc.constantFrom(10, 50), (rows, w, p) => {
        const d = defs({ windowDays: w, powerTopPercent: p });
        const hs = histogramsByDay(byUser(rows).values(), '2026-02-10', '2026-04-20', d);
        const expected = powerThresholdsByDay(rows, '2026-02-10', '2026-04-20', d);
        for (const [day, h] of hs) expect(thresholdOfHistogram(h, p)).toEqual(expected.get(day));
        expect(hs.size).toBe(expected.size);
      }),
    );
  });

  it("one user's counts per day are windowCount of the window ending that day", () => {
    fc.assert(
      fc.property(rollupsArb, fc.constantFrom(1, 7, 30), (rows, w) => {
        const d = defs({ windowDays: w });
        const mine = rows.filter((r) => r.userId === 'u1');
        const counts = windowCountsByDay(mine, '2026-02-01', '2026-04-20', d);
        for (const day of ['2026-02-01', '2026-02-07', '2026-03-01', '2026-04-20'])
          expect(counts.get(day) ?? 0).toBe(windowCount(mine, day, d));
      }),
    );
  });

  it('moving a user from old to new rollups equals building from the new ones', () => {
    fc.assert(
      fc.property(rollupsArb, rollupsArb, (rows, changed) => {
        const d = defs({ windowDays: 7 });
        const hs = histogramsByDay(byUser(rows).values(), '2026-02-10', '2026-03-20', d);
        const old = rows.filter((r) => r.userId === 'u2');
        const next = changed.filter((r) => r.userId === 'u2');
        const moved = moveUserInHistograms(
          hs,
          windowCountsByDay(old, '2026-02-10', '2026-03-20', d),
          windowCountsByDay(next, '2026-02-10', '2026-03-20', d),
        );
        const others = rows.filter((r) => r.userId !== 'u2');
        expect(hs).toEqual(
          histogramsByDay(byUser([...others, ...next]).values(), '2026-02-10', '2026-03-20', d),
        );
        expect(moved.every((day) => hs.has(day))).toBe(true);
      }),
    );
  });

  it('a late event moves only the windows that cover its day', () => {
    const d = defs({ windowDays: 3 });
    const hs = histogramsByDay([[rollup('u1', '2026-03-01', 2)]], '2026-02-27', '2026-03-06', d);
    const moved = moveUserInHistograms(
      hs,
      windowCountsByDay([rollup('u1', '2026-03-01', 2)], '2026-02-27', '2026-03-06', d),
      windowCountsByDay(
        [rollup('u1', '2026-03-01', 2), rollup('u1', '2026-03-04', 1)],
        '2026-02-27',
        '2026-03-06',
        d,
      ),
    );
    // The windows ending Mar 4, 5 and 6 (3 days each) hold Mar 4; the one ending Mar 3 does not.
    expect(moved).toEqual(['2026-03-04', '2026-03-05', '2026-03-06']);
    expect(hs.get('2026-03-03')).toEqual({ 2: 1 });
    expect(hs.get('2026-03-04')).toEqual({ 1: 1 });
  });
});
