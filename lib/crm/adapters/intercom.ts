import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const tid = (v: string) => `[data-testid="${v}"]`;

// app.intercom.com/a/apps/{ws}/users/{id} (leads likewise) and /companies/{id}.
const RECORD = /^\/a\/apps\/[^/]+\/(users|leads|companies)\/([0-9a-f]+)(?:\/|$)/i;

const DECOYS = decoys(tid('conversation-list'), tid('user-events'), tid('company-users'));

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
        header: `${tid('profile-header')} ${tid('profile-name')}`,
        email: `${tid('attribute-email')} ${tid('attribute-value')}`,
        fields: tid('user-attributes'),
        exclude: DECOYS,
      },
    ],
  },
};
