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

export interface AccountTypeCountsViewProps {
  counts: AccountTypeCounts;
  /** The type the users table is filtered by, if any (its tile shows pressed). */
  selected?: UserType | 'all';
  /** A tile click filters the users table by that type (again: shows everyone). */
  onPick?(type: UserType | 'all'): void;
}

/** How many of the account's users hold each type (types overlap: power users are also active). */
export function AccountTypeCountsView({ counts, selected, onPick }: AccountTypeCountsViewProps) {
  return (
    <div>
      <ul className="type-counts" aria-label="Users by type">
        {ORDER.map((type) => {
          const content = (
            <>
              <span className="type-count-value">{counts[type].toLocaleString('en-US')}</span>{' '}
              <span className="type-count-label">{USER_TYPE_LABELS[type]}</span>
            </>
          );
          return (
            <li key={type} className="type-count" data-tone={type} title={HINTS[type]}>
              {onPick ? (
                <button
                  type="button"
                  className="type-count-button"
                  aria-pressed={selected === type}
                  onClick={() => onPick(selected === type ? 'all' : type)}
                >
                  {/* The name is the visible text (speech input users say what they see). */}
                  {content}
                  <span className="visually-hidden">: show them in the table</span>
                </button>
              ) : (
                content
              )}
            </li>
          );
        })}
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
