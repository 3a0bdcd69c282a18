import { describe, expect, it } from 'vitest';
import { badgeView } from '@/lib/domain/badge-view';

describe('badgeView', () => {
  it('names the types in words, in display order, and nothing of who the user is', () => {
    const v = badgeView({
      user: {},
      types: ['active', 'influencer', 'power'],
      suggestions: 0,
    });
    expect(v.chips.map((c) => c.text)).toEqual(['Power user', 'Influencer', 'Active']);
    expect(v.title).toBe('Power user, Influencer, Active. Click to open the user page.');
  });

  it('says what is known when there are no types', () => {
    const words = (input: Parameters<typeof badgeView>[0]) =>
      badgeView(input).chips.map((c) => c.text);
    expect(words({ user: { deactivated: true }, types: ['active'], suggestions: 0 })).toEqual([
      'Deactivated',
    ]);
    expect(words({ suggestions: 2 })).toEqual(['Possible match']);
    expect(words({ suggestions: 0, noEmail: true })).toEqual(['No email found']);
    expect(words({ suggestions: 0 })).toEqual(['Not a product user']);
    expect(words({ user: {}, types: ['zombie'], suggestions: 0 })).toEqual(['Zombie']);
  });
});
