import { describe, expect, it } from 'vitest';
import { licenceHint } from '@/lib/domain/account-licence-hint';

describe('licenceHint', () => {
  it('reads "42 active of 50 licences" with an ok tone in the middle band', () => {
    const hint = licenceHint({ licenses: 50, active: 42, power: 5 });
    expect(hint.text).toBe('42 active of 50 licences');
    expect(hint.tone).toBe('ok');
    expect(hint.usagePercent).toBe(84);
    expect(hint.advice).toBe('84% of licences in active use, 5 power users.');
  });

  it('suggests more seats at 90% and above', () => {
    const hint = licenceHint({ licenses: 50, active: 45, power: 1 });
    expect(hint.tone).toBe('upsell');
    expect(hint.advice).toBe(
      '90% of licences in active use, 1 power user: close to needing more seats.',
    );
  });

  it('calls out more active users than licences as an upsell', () => {
    const hint = licenceHint({ licenses: 10, active: 13, power: 2 });
    expect(hint.text).toBe('13 active of 10 licences');
    expect(licenceHint({ licenses: 2500, active: 1200, power: 3 }).text).toBe(
      '1,200 active of 2,500 licences',
    );
    expect(hint.tone).toBe('upsell');
    expect(hint.advice).toBe(
      '3 more active users than licences bought, 2 power users: an upsell conversation.',
    );
  });

  it('flags idle seats below half as a renewal risk', () => {
    const hint = licenceHint({ licenses: 50, active: 12, power: 0 });
    expect(hint.tone).toBe('risk');
    expect(hint.advice).toBe('Only 24% of licences in active use (38 seats idle): a renewal risk.');
  });

  it('exactly half is not a risk', () => {
    expect(licenceHint({ licenses: 10, active: 5, power: 0 }).tone).toBe('ok');
    expect(licenceHint({ licenses: 10, active: 4, power: 0 }).tone).toBe('risk');
  });

  it('uses the singular for one licence', () => {
    expect(licenceHint({ licenses: 1, active: 1, power: 1 }).text).toBe('1 active of 1 licence');
  });

  it('says when no licence count is recorded', () => {
    for (const licenses of [undefined, 0]) {
      const hint = licenceHint({ licenses, active: 7, power: 1 });
      expect(hint.tone).toBe('unknown');
      expect(hint.text).toBe('7 active users, 1 power user');
      expect(hint.advice).toBe('No licence count is recorded for this account.');
      expect(hint.usagePercent).toBeUndefined();
    }
  });
});
