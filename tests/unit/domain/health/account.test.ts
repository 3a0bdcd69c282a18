import { describe, expect, it } from 'vitest';
import { type AccountMember, accountHealth } from '@/lib/domain/health/account';
import { buildHealthDays } from '@/lib/domain/health/health-days';
import { personHealth } from '@/lib/domain/health/person';
import { resolveHealthSettings } from '@/lib/domain/health/settings';
import { addDays } from '@/lib/domain/time';
import { rollup } from '../builders';

const TODAY = '2026-11-30';
const defaults = resolveHealthSettings(undefined);

function member(activeDaysAgo: number[], key = false): AccountMember {
  const rollups = activeDaysAgo.map((n) =>
    rollup('u', addDays(TODAY, -n), 2, { features: { a: 1 } }),
  );
  return { days: buildHealthDays(rollups, []), windowDays: 30, key };
}

describe('account health', () => {
  it('counts seats in use against licences', () => {
    const members = [member([0]), member([3]), member([90])];
    const s = accountHealth({ members, licences: 4 }, TODAY, defaults);
    const seats = s?.factors.find((f) => f.signal === 'seats');
    expect(seats?.value).toBe(0.5);
    expect(seats?.detail).toBe('2 of 4 licences in use');
    expect(s?.unknown).toEqual(expect.arrayContaining(['milestones', 'keyPeople']));
  });

  it('leaves seats out without a licence figure', () => {
    const s = accountHealth({ members: [member([0])] }, TODAY, defaults);
    expect(s?.unknown).toContain('seats');
  });

  it('counts the share of influencers and power users who are active', () => {
    const members = [member([0], true), member([60], true), member([1], true), member([2])];
    const key = accountHealth({ members }, TODAY, defaults)?.factors.find(
      (f) => f.signal === 'keyPeople',
    );
    expect(key?.value).toBeCloseTo(2 / 3);
    expect(key?.detail).toBe('2 of 3 influencers and power users active');
  });

  it('averages the people’s signals, so inactive people pull it down', () => {
    const busy = member([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
    const alone = accountHealth({ members: [busy] }, TODAY, defaults);
    const withIdle = accountHealth({ members: [busy, member([])] }, TODAY, defaults);
    expect(alone?.score).toBe(personHealth(busy, TODAY, defaults)?.score);
    expect(withIdle && alone && withIdle.score < alone.score).toBe(true);
    expect(withIdle?.factors.find((f) => f.signal === 'activeDays')?.detail).toBe(
      '50% on average across 2 people',
    );
  });

  it('has no score for an account without people or licences', () => {
    expect(accountHealth({ members: [] }, TODAY, defaults)).toBeUndefined();
    expect(accountHealth({ members: [], licences: 10 }, TODAY, defaults)?.score).toBe(0);
  });
});
