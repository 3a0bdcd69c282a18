import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITIONS } from '@/lib/domain/definitions';
import { addDays } from '@/lib/domain/time';
import type { ActivityDay, Definitions } from '@/lib/domain/types';
import { userSummary } from '@/lib/domain/user-summary';

const NOW = new Date('2026-11-30T12:00:00Z');
const TODAY = '2026-11-30';
const defs: Definitions = {
  ...DEFAULT_DEFINITIONS,
  windowDays: 30,
  timezone: 'UTC',
  activityEvents: [],
};
const day = (ago: number, events = 3): ActivityDay => ({
  userId: 'u1',
  day: addDays(TODAY, -ago),
  events,
  logins: 1,
  durationSec: 60,
});

describe('userSummary', () => {
  it('compares active days in this window with the window before', () => {
    const rollups = [day(0), day(3), day(29), day(30), day(31), day(59), day(60), day(75)];
    const s = userSummary({ types: ['active'], rollups, defs, now: NOW });
    // Window: the last 30 days (0..29 ago); before: 30..59 ago; 60+ ago counts in neither.
    expect(s).toMatchObject({ activeDaysNow: 3, activeDaysBefore: 3, trend: 'flat' });
    expect(s.lastActiveOn).toBe(TODAY);
    expect(s.quietDays).toBe(0);
    expect(s.nextStep).toBeUndefined();
  });

  it('ignores days without activity and days after today', () => {
    const s = userSummary({
      types: ['active'],
      rollups: [day(2), day(1, 0), { ...day(0), day: '2026-12-02' }],
      defs,
      now: NOW,
    });
    expect(s.activeDaysNow).toBe(1);
    expect(s.lastActiveOn).toBe('2026-11-28');
  });

  it('tells to re-engage an influencer who has gone quiet for a week or more', () => {
    const s = userSummary({ types: ['influencer'], rollups: [day(12), day(20)], defs, now: NOW });
    expect(s.quietDays).toBe(12);
    expect(s.nextStep).toBe('Influencer gone quiet 12 days: add to a re-engagement cadence');
  });

  it('says nothing to do for a power user active this week', () => {
    const s = userSummary({ types: ['power'], rollups: [day(6), day(8)], defs, now: NOW });
    expect(s.nextStep).toBeUndefined();
  });

  it('suggests onboarding for a zombie, and never a trend it does not have', () => {
    const s = userSummary({ types: ['zombie'], rollups: [], defs, now: NOW });
    expect(s).toMatchObject({ activeDaysNow: 0, activeDaysBefore: 0, trend: 'flat' });
    expect(s.lastActiveOn).toBeUndefined();
    expect(s.quietDays).toBeUndefined();
    expect(s.nextStep).toBe('Never used the product: add to an onboarding cadence');
  });

  it('flags activity that halved against the window before', () => {
    const rollups = [day(1), day(2), ...[31, 32, 33, 34].map((n) => day(n))];
    const s = userSummary({ types: ['active'], rollups, defs, now: NOW });
    expect(s).toMatchObject({ activeDaysNow: 2, activeDaysBefore: 4, trend: 'down' });
    expect(s.nextStep).toBe('Active days down from 4 to 2: check in with them');
  });

  it('re-engages an inactive user, naming how long they have been quiet', () => {
    const s = userSummary({ types: ['inactive'], rollups: [day(45)], defs, now: NOW });
    expect(s.trend).toBe('down');
    expect(s.nextStep).toBe('Inactive 45 days: add to a re-engagement cadence');
  });
});
