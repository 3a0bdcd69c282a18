import { formatDate } from '@/components/shared/format';
import { Badge } from '@/components/ui/badge';
import type { StoredUser, UserStats } from '@/lib/db/records';
import type { ChangeRecord } from '@/lib/domain/change-records';
import { displayName } from '@/lib/domain/display-name';
import { CHANGE_KIND_LABELS } from '@/lib/domain/type-changes';
import { USER_TYPE_LABELS, type UserType } from '@/lib/domain/types';

const ORDER = Object.keys(USER_TYPE_LABELS) as UserType[];

/** One person's change: name (opens the user page), what changed and when, types now, why. */
export function ChangeRow(props: {
  change: ChangeRecord;
  user?: StoredUser;
  stats?: UserStats;
  reason: string;
  onOpen(userId: string): void;
}) {
  const { change, user, stats } = props;
  const name = user ? displayName(user) : 'A user no longer in the workspace';
  const types = ORDER.filter((t) => stats?.types.includes(t));
  return (
    <li className="change-row">
      <div className="change-row-head">
        {user ? (
          <button type="button" className="link-button" onClick={() => props.onOpen(change.userId)}>
            {name}
          </button>
        ) : (
          <span>{name}</span>
        )}
        <span className="small">
          {CHANGE_KIND_LABELS[change.kind]} · {formatDate(change.day)}
        </span>
      </div>
      {types.length ? (
        <ul className="badges" aria-label="Type now">
          {types.map((t) => (
            <li key={t}>
              <Badge label={USER_TYPE_LABELS[t]} tone={t} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="small muted">{props.reason}</p>
    </li>
  );
}
