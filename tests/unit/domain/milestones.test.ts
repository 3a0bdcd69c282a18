import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { milestones } from '@/lib/domain/milestones';
import { powerThresholdsByDay } from '@/lib/domain/thresholds';
import { addDays, dayRange } from '@/lib/domain/time';
import type { ActivityDay, Day, Milestone, UserType } from '@/lib/domain/types';
import { classifyUser, windowCount } from '@/lib/domain/user-types';
import { rollupsArb } from './arbitraries';
import { defs, rollup } from './builders';

const flat = (threshold: number | null, from: Day, to: Day) =>
  new Map(dayRange(from, to).map((day) => [day, { threshold }]));

describe('milestones', () => {
  // W = 3. Activity: 5 on Mar 2, 1 on Mar 3, 1 on Mar 10. Threshold 4 every day.
  const rollups = [
    rollup('u', '2026-03-02', 5),
    rollup('u', '2026-03-03', 1),
    rollup('u', '2026-03-10', 1),
  ];
  const d = defs({ windowDays: 3 });

  it('finds the days the user became an influencer, a power user, inactive (hand-worked)', () => {
    const result = milestones({
      rollups,
      thresholds: flat(4, '2026-02-28', '2026-03-14'),
      isInfluencerCandidate: true,
      from: '2026-03-01',
      to: '2026-03-14',
      defs: d,
    });
    // Window counts: Mar 1 0 (zombie), Mar 2 5, Mar 3 6, Mar 4 6, Mar 5 1 (Mar 3 only),
    // Mar 6 0 → inactive; Mar 10–12 1 → active again; Mar 13 0 → inactive again.
    expect(result).toEqual([
      { day: '2026-03-02', kind: 'influencer' },
      { day: '2026-03-02', kind: 'power' },
      { day: '2026-03-06', kind: 'inactive' },
      { day: '2026-03-10', kind: 'influencer' },
      { day: '2026-03-13', kind: 'inactive' },
    ]);
  });

  it('follows a threshold that changes from day to day', () => {
    const thresholds = flat(4, '2026-03-08', '2026-03-12');
    thresholds.set('2026-03-11', { threshold: 1 });
    const result = milestones({
      rollups,
      thresholds,
      isInfluencerCandidate: false,
      from: '2026-03-09',
      to: '2026-03-12',
      defs: d,
    });
    expect(result).toEqual([{ day: '2026-03-11', kind: 'power' }]);
  });

  it('reports nothing that already held the day before the range', () => {
    const result = milestones({
      rollups,
      thresholds: flat(4, '2026-03-02', '2026-03-05'),
      isInfluencerCandidate: true,
      from: '2026-03-03',
      to: '2026-03-05',
      defs: d,
    });
    expect(result).toEqual([]);
  });

  it('never invents a power milestone when the day before has no known threshold', () => {
    const result = milestones({
      rollups,
      thresholds: flat(4, '2026-03-02', '2026-03-03'),
      isInfluencerCandidate: false,
      from: '2026-03-02',
      to: '2026-03-03',
      defs: d,
    });
    expect(result).toEqual([]);
  });

  it('has none for a user without events, or for a reversed range', () => {
    const base = {
      thresholds: flat(1, '2026-02-28', '2026-03-10'),
      isInfluencerCandidate: true,
      defs: d,
    };
    expect(milestones({ ...base, rollups: [], from: '2026-03-01', to: '2026-03-10' })).toEqual([]);
    expect(milestones({ ...base, rollups, from: '2026-03-10', to: '2026-03-01' })).toEqual([]);
  });

  it('uses calendar days for the window across a DST change', () => {
    // 30 calendar days after Mar 1 is Mar 31, however many hours the days had.
    const result = milestones({
      rollups: [rollup('u', '2026-03-01', 1)],
      thresholds: flat(null, '2026-02-28', '2026-04-01'),
      isInfluencerCandidate: false,
      from: '2026-03-01',
      to: '2026-04-01',
      defs: defs({ timezone: 'America/New_York' }),
    });
    expect(result).toEqual([{ day: '2026-03-31', kind: 'inactive' }]);
  });

  it('equals classifying every day from scratch', () => {
    const kinds: Milestone['kind'][] = ['inactive', 'influencer', 'power'];
    fc.assert(
      fc.property(
        rollupsArb,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (all, windowDays, powerTopPercent, candidate) => {
          const dd = defs({ windowDays, powerTopPercent });
          const from = '2026-02-05';
          const to = '2026-04-05';
          const thresholds = powerThresholdsByDay(all, addDays(from, -1), to, dd);
          const mine: ActivityDay[] = all.filter((r) => r.userId === 'u1');
          const typesOn = (day: Day): UserType[] =>
            classifyUser({
              windowCount: windowCount(mine, day, dd),
              everActive: mine.some((r) => r.day <= day && r.events > 0),
              isInfluencerCandidate: candidate,
              threshold: thresholds.get(day)?.threshold ?? null,
            });
          const expected: Milestone[] = [];
          for (const day of dayRange(from, to)) {
            const now = typesOn(day);
            const before = typesOn(addDays(day, -1));
            for (const kind of kinds) {
              if (now.includes(kind) && !before.includes(kind)) expected.push({ day, kind });
            }
          }
          const found = milestones({
            rollups: mine,
            thresholds,
            isInfluencerCandidate: candidate,
            from,
            to,
            defs: dd,
          });
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
