import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const tid = (v: string) => `[data-testid="${v}"]`;

// app.attio.com/{workspace}/person/{id} and /company/{id} (ids are UUIDs).
const RECORD = /^\/[^/]+\/(person|company)\/([0-9a-f-]{8,})(?:\/|$)/i;

const DECOYS = decoys(
  tid('app-sidebar'),
  tid('activity-feed'),
  tid('record-emails'),
  '[data-attribute-slug="team"]',
  '[data-attribute-slug="strongest_connection_user"]',
);

export const attio: CrmAdapter<'attio'> = {
  id: 'attio',
  hosts: /^app\.attio\.com$/,
  recordRef(url) {
    const m = RECORD.exec(url.pathname);
    if (!m?.[2]) return null;
    return { kind: m[1]?.toLowerCase() === 'person' ? 'contact' : 'account', recordId: m[2] };
  },
  layouts: {
    contact: [
      {
        header: `${tid('record-header')} ${tid('record-name')}`,
        email: '[data-attribute-slug="email_addresses"] a[href^="mailto:"]',
        fields: tid('record-attributes'),
        exclude: DECOYS,
      },
    ],
  },
};
