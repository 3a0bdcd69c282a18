import { describe, expect, it } from 'vitest';
import { explainTypes } from '@/lib/domain/type-explanations';
import { defs } from './builders';

const base = {
  windowCount: 42,
  activeDaysWindow: 9,
  lastActiveDay: '2026-03-30',
  threshold: 25,
  defs: defs(),
  createdOn: '2026-03-02',
  isCrmContact: true,
};

describe('explainTypes', () => {
  it('explains a power user who is an influencer', () => {
    expect(explainTypes({ ...base, types: ['power', 'influencer', 'active'] })).toEqual({
      power: '42 activity events in the last 30 days — top 10% of the workspace (threshold 25)',
      influencer: 'Active in the last 30 days and a contact in your CRM',
      active: '42 activity events on 9 days in the last 30 days',
    });
  });

  it('explains an influencer by role, in the singular where it fits', () => {
    const out = explainTypes({
      ...base,
      types: ['influencer', 'active'],
      windowCount: 1,
      activeDaysWindow: 1,
      isCrmContact: false,
      defs: defs({ windowDays: 1 }),
    });
    expect(out).toEqual({
      influencer: 'Active in the last 1 day and holds an influencer role or persona',
      active: '1 activity event on 1 day in the last 1 day',
    });
  });

  it('explains inactive and zombie users', () => {
    expect(explainTypes({ ...base, types: ['inactive'], windowCount: 0 })).toEqual({
      inactive: 'No activity in the last 30 days; last active on 2026-03-30',
    });
    const { lastActiveDay: _none, ...neverActive } = base;
    expect(explainTypes({ ...neverActive, types: ['inactive'], windowCount: 0 }).inactive).toBe(
      'No activity in the last 30 days; has used the product, but never with events that count as activity',
    );
    expect(explainTypes({ ...base, types: ['zombie'], windowCount: 0 })).toEqual({
      zombie: 'Has an account since 2026-03-02 but has never used the product',
    });
    expect(explainTypes({ ...base, types: [] })).toEqual({});
  });
});

describe('power users of a small workspace', () => {
  it('says how many active users "top 10%" means', () => {
    const out = explainTypes({
      types: ['power'],
      windowCount: 3,
      activeDaysWindow: 1,
      threshold: 3,
      activeUsers: 8,
      defs: defs(),
      createdOn: '2026-01-01',
      isCrmContact: false,
    });
    expect(out.power).toBe(
      "3 activity events in the last 30 days — top 10% of the workspace's 8 active users (the top 1; threshold 3)",
    );
  });
});
