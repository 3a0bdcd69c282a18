import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '@/components/shared/format';
import { clearCrmSightings } from '@/lib/db/crm-sightings';
import { CRMS, type CrmId, crmName } from '@/lib/domain/crms';
import { definitionsChanged } from '@/lib/options/background-commands';
import { crmSightingsQuery } from '@/lib/options/crm-sightings-query';
import { OptionsSection } from './options-section';

/** A stored sighting may name a CRM this version no longer supports: shown as stored. */
const crmLabel = (crm: string) => (Object.hasOwn(CRMS, crm) ? crmName(crm as CrmId) : crm);

/**
 * Settings → Data: the people the extension saw as contact records in a CRM (which makes an
 * active user an Influencer), where and when, with a way to forget them.
 */
export function CrmSightingsSection() {
  const { data: rows } = useQuery(crmSightingsQuery());
  const [status, setStatus] = useState<string>();
  const forget = async (userIds?: string[]) => {
    await clearCrmSightings(userIds);
    const done = await definitionsChanged();
    setStatus(
      done.ok ? 'Forgotten. User types are updated.' : `Forgotten. ${done.error ?? ''}`.trim(),
    );
  };
  return (
    <OptionsSection
      title="Seen in your CRM"
      description="People the extension saw as a contact record in your CRM, read by a known page layout. Each counts towards the Influencer type."
    >
      {rows && rows.length === 0 ? <p className="options-muted">Nobody yet.</p> : null}
      {rows && rows.length > 0 ? (
        <>
          <ul className="sightings-list" aria-label="CRM sightings">
            {rows.map((r) => (
              <li key={r.userId}>
                <span>
                  {r.userName} — {crmLabel(r.crm)}
                  {r.recordId ? ` record ${r.recordId}` : ''}, {formatDateTime(r.seenAt)}
                </span>{' '}
                <button
                  type="button"
                  className="button small"
                  aria-label={`Forget ${r.userName}`}
                  onClick={() => void forget([r.userId])}
                >
                  Forget
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void forget()}>
            Forget all
          </button>
        </>
      ) : null}
      {status ? (
        <p className="options-muted" role="status">
          {status}
        </p>
      ) : null}
    </OptionsSection>
  );
}
