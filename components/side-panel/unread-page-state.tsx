import { useState } from 'react';
import { UserSearch } from '@/components/shared/user-search';
import { EmptyState } from '@/components/ui/empty-state';
import { crmName } from '@/lib/domain/crms';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { sendDetectionAnswer } from '@/lib/platform/detection-answer';
import { CopyPageReport } from './copy-page-report';

/**
 * A recognised CRM record on which the extension found nobody: say so plainly, offer the
 * emails the page shows (one click picks the person, remembered for this record), search,
 * and a page report for us to fix the adapter.
 */
export function UnreadPageState({ detection }: { detection: TabDetection }) {
  const [failed, setFailed] = useState(false);
  const crm = detection.crm ? crmName(detection.crm) : 'CRM';
  const kind = detection.page === 'account' ? 'company' : 'contact';
  const recordId = detection.person?.recordId ?? detection.account?.recordId;
  const emails = detection.visibleEmails ?? [];
  const pick = async (email: string) => {
    setFailed(!(await sendDetectionAnswer({ type: 'crm/confirm', tabId: detection.tabId, email })));
  };
  return (
    <div className="state">
      <EmptyState title="Couldn't read this page">
        This is a {crm} {kind} record{recordId ? ` (${recordId})` : ''}, but the extension could not
        find who it is about. Pick the person's email below, or search for them.
      </EmptyState>
      {kind === 'contact' && emails.length > 0 ? (
        <section className="card" aria-label="Emails on this page">
          <div className="card-head">
            <h2>Emails on this page</h2>
          </div>
          <ul className="email-choices">
            {emails.map((email) => (
              <li key={email}>
                <button type="button" className="button small" onClick={() => void pick(email)}>
                  {email}
                </button>
              </li>
            ))}
          </ul>
          {failed ? (
            <p className="muted small" role="alert">
              That choice was not saved: the tab has moved on.
            </p>
          ) : null}
        </section>
      ) : null}
      <UserSearch />
      {detection.pageReport ? <CopyPageReport report={detection.pageReport} /> : null}
    </div>
  );
}
