import type { UserType } from './types';

export interface AccountTypeCounts {
  /** Users of the account that are not deactivated. */
  total: number;
  power: number;
  influencer: number;
  active: number;
  inactive: number;
  zombie: number;
  /** Users whose types are not computed yet (no stats row): counted in `total` only. */
  unclassified: number;
}

/**
 * Counts an account's users per type. Types overlap (every power user and influencer is also
 * active), so the counts do not add up to the total; `deactivated` users are left out entirely,
 * as everywhere else in the product.
 */
export function accountTypeCounts(
  users: Iterable<{ deactivated?: boolean; types?: readonly UserType[] }>,
): AccountTypeCounts {
  const counts: AccountTypeCounts = {
    total: 0,
    power: 0,
    influencer: 0,
    active: 0,
    inactive: 0,
    zombie: 0,
    unclassified: 0,
  };
  for (const user of users) {
    if (user.deactivated) continue;
    counts.total += 1;
    if (!user.types || user.types.length === 0) {
      counts.unclassified += 1;
      continue;
    }
    for (const type of new Set(user.types)) counts[type] += 1;
  }
  return counts;
}
