import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// app.attio.com/{workspace}/person/{id} and /company/{id} (ids are UUIDs).
const RECORD = /^\/[^/]+\/(person|company)\/([0-9a-f-]{8,})(?:\/|$)/i;

const DECOYS = decoys(
  '[data-testid="app-sidebar"]',
  '[data-testid="activity-feed"]',
  '[data-testid="record-emails"]',
  '[data-attribute-slug="team"]',
  '[data-attribute-slug="strongest_connection_user"]',
);

export const attio: CrmAdapter = {
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
        header: '[data-testid="record-header"] [data-testid="record-name"]',
        email: '[data-attribute-slug="email_addresses"] a[href^="mailto:"]',
        fields: '[data-testid="record-attributes"]',
        title: '[data-attribute-slug="job_title"] [data-testid="attribute-value"]',
        company: '[data-attribute-slug="company"] [data-testid="attribute-value"]',
        phone: '[data-attribute-slug="phone_numbers"] [data-testid="attribute-value"]',
        exclude: DECOYS,
      },
    ],
    account: [
      {
        header: '[data-testid="record-header"] [data-testid="record-name"]',
        domain: '[data-attribute-slug="domains"] [data-testid="attribute-value"]',
        fields: '[data-testid="record-attributes"]',
        exclude: DECOYS,
      },
    ],
  },
};
