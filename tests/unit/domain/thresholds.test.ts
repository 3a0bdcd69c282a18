import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { powerThresholdsByDay } from '@/lib/domain/thresholds';
import { addDays, dayRange } from '@/lib/domain/time';
import type { ActivityDay } from '@/lib/domain/types';
import { powerThreshold, windowCount } from '@/lib/domain/user-types';
import { rollupsArb } from './arbitraries';
import { defs, rollup } from './builders';

describe('powerThresholdsByDay', () => {
  it('slides the window day by day (hand-worked, W = 3, top 50%)', () => {
    const rollups = [
      rollup('u1', '2026-02-20', 50), // long before the first window
      rollup('u1', '2026-03-01', 4),
      rollup('u1', '2026-03-03', 1),
      rollup('u2', '2026-03-02', 2),
      rollup('u3', '2026-03-05', 6),
    ];
    const result = powerThresholdsByDay(
      rollups,
      '2026-03-01',
      '2026-03-08',
      defs({ windowDays: 3, powerTopPercent: 50 }),
    );
    expect(Object.fromEntries(result)).toEqual({
      '2026-03-01': { threshold: 4, activeUsers: 1 }, // u1 4
      '2026-03-02': { threshold: 4, activeUsers: 2 }, // u1 4, u2 2: k = 1
      '2026-03-03': { threshold: 5, activeUsers: 2 }, // u1 5, u2 2
      '2026-03-04': { threshold: 2, activeUsers: 2 }, // Mar 1 out: u1 1, u2 2
      '2026-03-05': { threshold: 6, activeUsers: 2 }, // Mar 2 out: u3 6, u1 1
      '2026-03-06': { threshold: 6, activeUsers: 1 }, // Mar 3 is end − W: only u3 is left
      '2026-03-07': { threshold: 6, activeUsers: 1 },
      '2026-03-08': { threshold: null, activeUsers: 0 }, // Mar 5 is day end − W: out
    });
  });

  it('counts ties: two users tied at the top are both at or above T', () => {
    const rollups = [
      rollup('a', '2026-03-01', 9),
      rollup('b', '2026-03-01', 9),
      rollup('c', '2026-03-01', 1),
    ];
    const result = powerThresholdsByDay(
      rollups,
      '2026-03-01',
      '2026-03-01',
      defs({ powerTopPercent: 10 }),
    );
    expect(result.get('2026-03-01')).toEqual({ threshold: 9, activeUsers: 3 });
  });

  it('applies the activity filter and is empty for an empty range or workspace', () => {
    const r = rollup('a', '2026-03-01', 5, { names: { login: 5 } });
    const filtered = powerThresholdsByDay(
      [r],
      '2026-03-01',
      '2026-03-01',
      defs({ activityEvents: ['report_viewed'] }),
    );
    expect(filtered.get('2026-03-01')).toEqual({ threshold: null, activeUsers: 0 });
    expect(powerThresholdsByDay([r], '2026-03-02', '2026-03-01', defs()).size).toBe(0);
    expect(powerThresholdsByDay([], '2026-03-01', '2026-03-02', defs()).get('2026-03-02')).toEqual({
      threshold: null,
      activeUsers: 0,
    });
  });

  it('equals a per-day brute force for any rollups, window and percentile', () => {
    fc.assert(
      fc.property(
        rollupsArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        (rollups, windowDays, powerTopPercent, startOffset, length) => {
          const d = defs({ windowDays, powerTopPercent });
          const from = addDays('2026-02-01', startOffset);
          const to = addDays(from, length);
          const fast = powerThresholdsByDay(rollups, from, to, d);
          const byUser = new Map<string, ActivityDay[]>();
          for (const r of rollups) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
          for (const day of dayRange(from, to)) {
            const counts = [...byUser.values()].map((rs) => windowCount(rs, day, d));
            expect(fast.get(day)).toEqual({
              threshold: powerThreshold(counts, powerTopPercent),
              activeUsers: counts.filter((n) => n > 0).length,
            });
          }
          expect(fast.size).toBe(length + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('powerThresholdsByDay with a percentile over several users', () => {
  it('takes k = ceil(N × p / 100) on each day', () => {
    // W = 2, top 50%: on Mar 2 the window holds Mar 1 and Mar 2 for all three users.
    const rollups = [
      rollup('a', '2026-03-01', 6),
      rollup('b', '2026-03-02', 2),
      rollup('c', '2026-03-02', 1),
    ];
    const result = powerThresholdsByDay(
      rollups,
      '2026-03-02',
      '2026-03-03',
      defs({ windowDays: 2, powerTopPercent: 50 }),
    );
    expect(result.get('2026-03-02')).toEqual({ threshold: 2, activeUsers: 3 }); // 6, 2, 1: k = 2
    expect(result.get('2026-03-03')).toEqual({ threshold: 2, activeUsers: 2 }); // 2, 1: k = 1
  });
});
