import { crmName } from '@/lib/domain/crms';
import type { TabDetection } from '@/lib/messaging/tab-detection';

const VIA: Record<'email' | 'crmId' | 'confirmed', string> = {
  email: 'matched by email',
  crmId: 'matched by CRM record id',
  confirmed: 'chosen by you',
};

/** One quiet line saying where the person on screen comes from: "HubSpot contact · matched by email". */
export function MatchContext({ detection }: { detection: TabDetection }) {
  if (!detection.crm) return null;
  const kind = detection.page === 'account' ? 'account' : 'contact';
  const via = detection.match?.via ? VIA[detection.match.via] : undefined;
  return (
    <p className="match-context small">
      <span className="live-dot" aria-hidden="true" />
      {crmName(detection.crm)} {kind}
      {via ? ` · ${via}` : ''}
    </p>
  );
}
