import type { AccountTypeCounts } from '@/lib/domain/account-type-counts';
import { USER_TYPE_LABELS, type UserType } from '@/lib/domain/types';

const ORDER: UserType[] = ['power', 'active', 'influencer', 'inactive', 'zombie'];

const HINTS: Record<UserType, string> = {
  power: 'Top users of the workspace by activity in the window',
  active: 'At least one activity event in the window',
  influencer: 'Active and a contact in the CRM',
  inactive: 'Used the product before, not in the window',
  zombie: 'Has an account but never used the product',
};

/** How many of the account's users hold each type (types overlap: power users are also active). */
export function AccountTypeCountsView({ counts }: { counts: AccountTypeCounts }) {
  return (
    <div>
      <ul className="type-counts" aria-label="Users by type">
        {ORDER.map((type) => (
          <li key={type} className="type-count" data-tone={type} title={HINTS[type]}>
            <span className="type-count-value">{counts[type].toLocaleString('en-US')}</span>
            <span className="type-count-label">{USER_TYPE_LABELS[type]}</span>
          </li>
        ))}
      </ul>
      {counts.unclassified > 0 ? (
        <p className="muted small">
          {counts.unclassified === 1
            ? '1 user is not classified yet: their type appears after the next sync.'
            : `${counts.unclassified.toLocaleString('en-US')} users are not classified yet: their types appear after the next sync.`}
        </p>
      ) : null}
    </div>
  );
}
