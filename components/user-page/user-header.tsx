import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AccountLink } from '@/components/shared/account-link';
import { formatDate, localTime } from '@/components/shared/format';
import { OutboxMark } from '@/components/shared/outbox-mark';
import { initials } from '@/components/shared/user-list-item';
import { setUserFields, type UserFieldsPatch } from '@/lib/db/user-writes';
import { displayName } from '@/lib/domain/display-name';
import type { CustomFieldValue, User } from '@/lib/domain/types';
import { usePanelStore } from '@/lib/panel/panel-store';
import { useLocalWrite } from '@/lib/panel/use-local-write';
import { useNow } from '@/lib/panel/use-now';
import { accountQuery } from '@/lib/panel/user-queries';
import { workspaceQuery } from '@/lib/panel/workspace-queries';
import { CustomFieldsList } from './custom-fields-list';
import { SegmentField } from './segment-field';
import { TaxonomyFields } from './taxonomy-fields';

/** Name as the page heading, contact details, account, local time, role/persona, fields. */
export function UserHeader({ user, badges }: { user: User; badges?: ReactNode }) {
  const now = useNow();
  const { data: account } = useQuery({
    ...accountQuery(user.accountId ?? ''),
    enabled: Boolean(user.accountId),
  });
  const { data: workspace } = useQuery(workspaceQuery());
  const detection = usePanelStore((s) => s.detection);
  const crmUrl =
    detection?.match?.userId === user.id && /^https?:\/\//.test(detection.url)
      ? detection.url
      : undefined;
  const name = displayName(user);
  const time = user.timezone ? localTime(now, user.timezone) : undefined;
  // Saved locally with its outbox item at once; the push is only asked for. A failure is
  // thrown back to the field's editor, which says so and stays open.
  const write = useLocalWrite(setUserFields);
  const saveFields = async (patch: UserFieldsPatch) => {
    const saved = await write.run(user.id, patch);
    if (!saved.ok) throw saved.error;
  };
  const saveSegment = (segment: string | null) => saveFields({ segment });
  const saveField = (name: string, value: CustomFieldValue) =>
    saveFields({ customFields: { [name]: value } });

  return (
    <header className="user-header card">
      <div className="identity">
        <span className="avatar large" aria-hidden="true">
          {initials(name)}
        </span>
        <div className="identity-text">
          <h1 className="user-name">{name}</h1>
          {user.title || account ? (
            <p className="muted">
              {user.title}
              {user.title && account ? ' at ' : ''}
              {account ? <AccountLink account={account} /> : null}
            </p>
          ) : null}
        </div>
      </div>
      {badges}
      <dl className="facts">
        {user.email ? (
          <div className="wide">
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${user.email}`}>{user.email}</a>
            </dd>
          </div>
        ) : null}
        {user.phone ? (
          <div>
            <dt>Phone</dt>
            <dd>{user.phone}</dd>
          </div>
        ) : null}
        {time ? (
          <div>
            <dt>Local time</dt>
            <dd>
              {time} <span className="muted small">· {zoneCity(user.timezone ?? '')}</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Created on</dt>
          <dd>{formatDate(user.createdAt)}</dd>
        </div>
        <SegmentField user={user} onSave={saveSegment} />
      </dl>
      <TaxonomyFields user={user} />
      <CustomFieldsList
        fields={user.customFields}
        labels={workspace?.customFieldLabels}
        onSave={saveField}
      />
      <OutboxMark entityId={user.id} kinds={['user.patch', 'user.put']} />
      {crmUrl ? (
        <a className="crm-link" href={crmUrl} target="_blank" rel="noreferrer noopener">
          Open the CRM record ↗
        </a>
      ) : null}
    </header>
  );
}

/** "America/New_York" → "New York": enough to place the person, short enough for the panel. */
function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
