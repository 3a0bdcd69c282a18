import { describe, expect, it } from 'vitest';
import {
  activeDaysSignal,
  breadthSignal,
  keyPeopleSignal,
  milestonesSignal,
  recencySignal,
  seatsSignal,
  trendSignal,
} from '@/lib/domain/health/signals';

describe('health signals', () => {
  it('active days: full marks at 40% of the window, proportional below', () => {
    expect(activeDaysSignal(12, 30)).toBe(1);
    expect(activeDaysSignal(20, 30)).toBe(1);
    expect(activeDaysSignal(6, 30)).toBe(0.5);
    expect(activeDaysSignal(0, 30)).toBe(0);
    // A 7-day window wants 3 days.
    expect(activeDaysSignal(3, 7)).toBe(1);
  });

  it('trend: steady is the middle, growth above, decline below, nothing twice is 0', () => {
    expect(trendSignal(10, 10)).toBe(0.5);
    expect(trendSignal(20, 10)).toBe(0.75);
    expect(trendSignal(5, 10)).toBe(0.25);
    expect(trendSignal(4, 0)).toBe(1);
    expect(trendSignal(0, 4)).toBe(0);
    expect(trendSignal(0, 0)).toBe(0);
  });

  it('breadth: distinct features against five, unknown without feature counts', () => {
    expect(breadthSignal(5)).toBe(1);
    expect(breadthSignal(8)).toBe(1);
    expect(breadthSignal(2)).toBeCloseTo(0.4);
    expect(breadthSignal(0)).toBe(0);
    expect(breadthSignal(undefined)).toBeUndefined();
    expect(breadthSignal(2, 2)).toBe(1);
  });

  it('milestones: share reached, not applicable when none concerns the person', () => {
    expect(milestonesSignal(1, 4)).toBe(0.25);
    expect(milestonesSignal(3, 3)).toBe(1);
    expect(milestonesSignal(0, 0)).toBeUndefined();
  });

  it('recency: today or yesterday is 1, a whole window without activity is 0', () => {
    expect(recencySignal(0, 30)).toBe(1);
    expect(recencySignal(1, 30)).toBe(1);
    expect(recencySignal(15, 30)).toBeCloseTo(1 - 14 / 29);
    expect(recencySignal(30, 30)).toBe(0);
    expect(recencySignal(200, 30)).toBe(0);
    expect(recencySignal(undefined, 30)).toBe(0);
  });

  it('seats: in use against licences, capped at 1, unknown without licences', () => {
    expect(seatsSignal(5, 10)).toBe(0.5);
    expect(seatsSignal(14, 10)).toBe(1);
    expect(seatsSignal(5, undefined)).toBeUndefined();
    expect(seatsSignal(5, 0)).toBeUndefined();
  });

  it('key people: share active, unknown when the account has none', () => {
    expect(keyPeopleSignal(1, 4)).toBe(0.25);
    expect(keyPeopleSignal(0, 0)).toBeUndefined();
  });
});
