import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { initials } from '@/components/shared/user-list-item';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { userQuery } from '@/lib/panel/user-queries';
import { sendDetectionAnswer } from '@/lib/platform/detection-answer';

/**
 * The careful fallback read this page (a layout we do not know): ask before showing anyone.
 * "Yes" is remembered for this CRM record; "No, search" too, and leads to search.
 */
export function PossibleMatchState({
  detection,
  userId,
}: {
  detection: TabDetection;
  userId: string;
}) {
  const { data: user } = useQuery(userQuery(userId));
  const [failed, setFailed] = useState(false);
  const seenName = detection.person?.name;
  const seenEmail = detection.person?.emails[0];
  const name = user ? [user.firstName, user.lastName].filter(Boolean).join(' ') : '';
  const answer = async (yes: boolean) => {
    const ok = await sendDetectionAnswer({
      type: 'crm/confirm',
      tabId: detection.tabId,
      ...(yes ? { userId } : {}),
    });
    setFailed(!ok);
  };
  return (
    <section className="card state-card" aria-label="Possible match">
      <div className="state-person">
        <span className="avatar large muted-avatar" aria-hidden="true">
          {initials(name || user?.email || '?')}
        </span>
        <div>
          <p className="state-title">
            Is this {name || 'this user'}
            {user?.email ? `, ${user.email}` : ''}?
          </p>
          <p className="muted">
            This page's layout is new to the extension, so it read what the page shows
            {seenName || seenEmail ? ` (${[seenName, seenEmail].filter(Boolean).join(', ')})` : ''}{' '}
            and found this product user. Nothing is shown on the CRM page until you confirm.
          </p>
        </div>
      </div>
      <div className="state-actions">
        <button type="button" className="button primary" onClick={() => void answer(true)}>
          Yes
        </button>
        <button type="button" className="button" onClick={() => void answer(false)}>
          No, search
        </button>
      </div>
      {failed ? (
        <p className="muted small" role="alert">
          The answer was not saved: the tab has moved on. Try again on the record.
        </p>
      ) : null}
    </section>
  );
}
