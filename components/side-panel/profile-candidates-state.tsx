import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { UserListItem } from '@/components/shared/user-list-item';
import { UserSearch } from '@/components/shared/user-search';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { usersByIdsQuery } from '@/lib/panel/user-queries';
import { sendDetectionAnswer } from '@/lib/platform/detection-answer';

/**
 * A profile that shows no email (LinkedIn): product users with the same name (and company),
 * as candidates only. The rep's choice is remembered for this profile; before it there is no
 * badge on the page and no sighting.
 */
export function ProfileCandidatesState({ detection }: { detection: TabDetection }) {
  const ids = detection.match?.suggestions ?? [];
  const { data: users = [] } = useQuery({ ...usersByIdsQuery(ids), enabled: ids.length > 0 });
  const [failed, setFailed] = useState(false);
  const seen = [detection.person?.name, detection.person?.company].filter(Boolean).join(', ');
  const confirm = async (userId: string) => {
    setFailed(
      !(await sendDetectionAnswer({ type: 'crm/confirm', tabId: detection.tabId, userId })),
    );
  };
  return (
    <div className="state">
      <section className="card state-card" aria-label="Possible matches">
        <p className="state-title">Who is {seen || 'this profile'}?</p>
        <p className="muted">
          This page shows no email, so these product users only share the name
          {detection.person?.company ? ' and company' : ''}. Pick the right one; nothing is shown on
          the page until you do.
        </p>
        <ul className="user-list">
          {users.map((user) => (
            <li key={user.id}>
              <UserListItem user={user} onOpen={() => void confirm(user.id)} />
            </li>
          ))}
        </ul>
        {failed ? (
          <p className="muted small" role="alert">
            The choice was not saved: the tab has moved on.
          </p>
        ) : null}
      </section>
      <UserSearch initial={detection.person?.name ?? ''} />
    </div>
  );
}
