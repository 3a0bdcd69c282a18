import type { ChangeRecord } from './change-records';
import type { Definitions } from './types';

/** One line of why, from the rule that made the change (never a guess beyond it). */
export function changeReason(change: ChangeRecord, defs: Definitions): string {
  const W = defs.windowDays;
  switch (change.kind) {
    case 'inactive': {
      const was = change.before?.includes('power')
        ? 'a power user'
        : change.before?.includes('influencer')
          ? 'an influencer'
          : undefined;
      return `No activity in the last ${W} days${was ? `; was ${was}` : ''}.`;
    }
    case 'influencer':
      return 'Active again and a contact in your CRM.';
    case 'power':
      return `Among the top ${defs.powerTopPercent}% most active users over ${W} days.`;
    case 'zombie':
      return 'Account created and never used the product.';
  }
}
