import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { formatDateTime } from '@/components/shared/format';
import { displayName } from '@/lib/domain/display-name';
import { sinceLastLooked } from '@/lib/domain/since-last-looked';
import {
  accountEnrollmentsQuery,
  accountNotesQuery,
  accountUsersQuery,
} from '@/lib/panel/account-queries';
import { changesOfQuery } from '@/lib/panel/home-queries';
import { whoamiQuery } from '@/lib/panel/sync-queries';
import { usePreviousView } from '@/lib/panel/use-previous-view';
import { userEnrollmentsQuery, userNotesQuery } from '@/lib/panel/user-queries';
import { cadencesQuery } from '@/lib/panel/workspace-queries';

/**
 * "Since you last looked": what changed on this person or account since the rep last opened
 * it. Shown with a "new" mark while the page is open; opening it counts as seeing it.
 */
export function SinceLastLooked({ kind, id }: { kind: 'user' | 'account'; id: string }) {
  const view = usePreviousView(kind, id);
  const [dismissed, setDismissed] = useState(false);
  const user = kind === 'user';
  const { data: changes } = useQuery(changesOfQuery(kind, id));
  const { data: notes } = useQuery(user ? userNotesQuery(id) : accountNotesQuery(id));
  const { data: enrollments } = useQuery(
    user ? userEnrollmentsQuery(id) : accountEnrollmentsQuery(id),
  );
  const { data: members } = useQuery({ ...accountUsersQuery(id), enabled: !user });
  const { data: cadences } = useQuery(cadencesQuery());
  const { data: whoami } = useQuery(whoamiQuery());

  const items = useMemo(() => {
    if (!view.ready || !changes || !notes || !enrollments) return [];
    const cadenceNames = new Map((cadences ?? []).map((c) => [c.id, c.name]));
    const names = new Map((members?.users ?? []).map((u) => [u.id, displayName(u)]));
    return sinceLastLooked({
      ...(view.previous ? { previous: view.previous } : {}),
      changes,
      notes,
      enrollments,
      ...(whoami?.user?.name ? { me: whoami.user.name } : {}),
      cadenceName: (cid) => cadenceNames.get(cid) ?? 'a cadence',
      ...(user ? {} : { userName: (uid: string) => names.get(uid) ?? 'A user' }),
    });
  }, [view, changes, notes, enrollments, cadences, members, whoami, user]);

  if (dismissed || items.length === 0 || !view.ready || !view.previous) return null;
  return (
    <section className="card since-card" aria-label="Since you last looked">
      <div className="card-head">
        <h2>Since you last looked</h2>
        <div className="card-actions">
          <button type="button" className="link-button" onClick={() => setDismissed(true)}>
            Mark as seen
          </button>
        </div>
      </div>
      <p className="small muted">Your last visit: {formatDateTime(view.previous.viewedAt)}</p>
      <ul className="since-list">
        {items.map((item) => (
          <li key={item.key}>
            <span className="new-mark">New</span>
            {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
