import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const tid = (v: string) => `[data-testid="${v}"]`;

// Freshworks CRM: {org}.myfreshworks.com/crm/sales/contacts/{id} (accounts likewise);
// the older {org}.freshsales.io/contacts/{id}.
const RECORD = /^(?:\/crm\/sales)?\/(contacts|accounts|sales_accounts)\/(\d+)(?:\/|$)/;

const DECOYS = decoys(tid('timeline'), tid('related-contacts'), tid('conversations'));

export const freshsales: CrmAdapter<'freshsales'> = {
  id: 'freshsales',
  hosts: /\.(?:myfreshworks\.com|freshsales\.io)$/,
  recordRef(url) {
    const m = RECORD.exec(url.pathname);
    if (!m?.[2]) return null;
    return { kind: m[1] === 'contacts' ? 'contact' : 'account', recordId: m[2] };
  },
  // No public evidence of the current Freshworks CRM contact page's markup was found; this
  // layout is the older one, and the current page goes to the careful fallback.
  layouts: {
    contact: [
      {
        header: `${tid('entity-header')} ${tid('entity-name')}`,
        email: `${tid('field-emails')} a[href^="mailto:"]`,
        fields: tid('entity-fields'),
        exclude: DECOYS,
      },
    ],
  },
};
