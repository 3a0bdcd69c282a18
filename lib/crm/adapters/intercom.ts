import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// app.intercom.com/a/apps/{ws}/users/{id} (leads likewise) and /companies/{id}.
const RECORD = /^\/a\/apps\/[^/]+\/(users|leads|companies)\/([0-9a-f]+)(?:\/|$)/i;

const DECOYS = decoys(
  '.nav-vertical',
  '[data-testid="conversation-list"]',
  '[data-testid="user-events"]',
  '[data-testid="company-users"]',
);

export const intercom: CrmAdapter = {
  id: 'intercom',
  hosts: /^app\.intercom\.com$/,
  recordRef(url) {
    const m = RECORD.exec(url.pathname);
    if (!m?.[2]) return null;
    return { kind: m[1] === 'companies' ? 'account' : 'contact', recordId: m[2] };
  },
  layouts: {
    contact: [
      {
        header: '[data-testid="profile-header"] [data-testid="profile-name"]',
        email: '[data-testid="attribute-email"] [data-testid="attribute-value"]',
        fields: '[data-testid="user-attributes"]',
        company: '[data-testid="attribute-company"] [data-testid="attribute-value"]',
        phone: '[data-testid="attribute-phone"] [data-testid="attribute-value"]',
        exclude: DECOYS,
      },
    ],
    account: [
      {
        header: '[data-testid="profile-header"] [data-testid="profile-name"]',
        domain: '[data-testid="attribute-website"] [data-testid="attribute-value"]',
        fields: '[data-testid="company-attributes"]',
        exclude: DECOYS,
      },
    ],
  },
};
