import { describe, expect, it } from 'vitest';
import { accountTypeCounts } from '@/lib/domain/account-type-counts';

describe('accountTypeCounts', () => {
  it('counts overlapping types per user and leaves deactivated users out', () => {
    const counts = accountTypeCounts([
      { types: ['power', 'influencer', 'active'] },
      { types: ['power', 'active'] },
      { types: ['active'] },
      { types: ['inactive'] },
      { types: ['zombie'] },
      { types: ['zombie'] },
      { deactivated: true, types: ['active'] },
      { types: [] },
      {},
    ]);
    expect(counts).toEqual({
      total: 8,
      power: 2,
      influencer: 1,
      active: 3,
      inactive: 1,
      zombie: 2,
      unclassified: 2,
    });
  });

  it('counts a type listed twice for one user once', () => {
    expect(accountTypeCounts([{ types: ['active', 'active'] }]).active).toBe(1);
  });

  it('is all zeros for an account without users', () => {
    expect(accountTypeCounts([])).toEqual({
      total: 0,
      power: 0,
      influencer: 0,
      active: 0,
      inactive: 0,
      zombie: 0,
      unclassified: 0,
    });
  });
});
