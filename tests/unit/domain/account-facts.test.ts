import { describe, expect, it } from 'vitest';
import { formatArr, renewalLabel, upcomingRenewals } from '@/lib/domain/account-facts';
import type { Account } from '@/lib/domain/types';

describe('account facts in words', () => {
  it('formats ARR in its currency, USD by default, an unknown code as sent', () => {
    expect(formatArr(184000)).toBe('$184,000');
    expect(formatArr(152000.4, 'EUR')).toBe('€152,000');
    expect(formatArr(14400, 'GBP')).toBe('£14,400');
    expect(formatArr(5000, 'XYZ')).toMatch(/^XYZ\s?5,000$/);
    expect(formatArr(5000, 'not a code')).toBe('not a code 5,000');
  });

  it('says when the renewal is', () => {
    expect(renewalLabel('2026-12-07', '2026-12-07')).toBe('renews today');
    expect(renewalLabel('2026-12-08', '2026-12-07')).toBe('renews tomorrow');
    expect(renewalLabel('2027-01-18', '2026-12-07')).toBe('renews in 42 days');
    expect(renewalLabel('2026-12-06', '2026-12-07')).toBe('renewal was yesterday');
    expect(renewalLabel('2026-12-04', '2026-12-07')).toBe('renewal was 3 days ago');
  });
});

describe('upcoming renewals', () => {
  const acc = (id: string, renewalDate?: string, ownerEmail?: string): Account => ({
    id,
    name: id,
    ...(renewalDate ? { renewalDate } : {}),
    ...(ownerEmail ? { ownerEmail } : {}),
  });
  const accounts = [
    acc('later', '2027-03-01', 'dana@team.example'),
    acc('soon', '2026-12-20', ' Dana@Team.example'),
    acc('pinned', '2026-12-10', 'sam@team.example'),
    acc('theirs', '2026-12-09', 'sam@team.example'),
    acc('past', '2026-12-01', 'dana@team.example'),
    acc('too-far', '2027-06-01', 'dana@team.example'),
    acc('undated', undefined, 'dana@team.example'),
  ];

  it('lists the rep’s owned and pinned accounts renewing within 90 days, soonest first', () => {
    // 03:00 UTC on the 8th is still the 7th in New York.
    const list = upcomingRenewals(
      accounts,
      { email: 'dana@team.example', pinnedIds: new Set(['pinned']) },
      new Date('2026-12-08T03:00:00Z'),
      'America/New_York',
    );
    expect(list.map((r) => [r.account.id, r.label])).toEqual([
      ['pinned', 'renews in 3 days'],
      ['soon', 'renews in 13 days'],
      ['later', 'renews in 84 days'],
    ]);
  });

  it('lists only pinned accounts for a rep whose email is not known', () => {
    const list = upcomingRenewals(
      accounts,
      { pinnedIds: new Set(['theirs']) },
      new Date('2026-12-07T12:00:00Z'),
      'UTC',
    );
    expect(list.map((r) => r.account.id)).toEqual(['theirs']);
  });
});
