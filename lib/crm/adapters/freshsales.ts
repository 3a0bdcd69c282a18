import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Freshworks CRM: {org}.myfreshworks.com/crm/sales/contacts/{id} (accounts likewise);
// the older {org}.freshsales.io/contacts/{id}.
const RECORD = /^(?:\/crm\/sales)?\/(contacts|accounts|sales_accounts)\/(\d+)(?:\/|$)/;

const DECOYS = decoys(
  '.fw-top-nav',
  '[data-testid="timeline"]',
  '[data-testid="related-contacts"]',
  '[data-testid="conversations"]',
);

export const freshsales: CrmAdapter = {
  id: 'freshsales',
  hosts: /\.(?:myfreshworks\.com|freshsales\.io)$/,
  recordRef(url) {
    const m = RECORD.exec(url.pathname);
    if (!m?.[2]) return null;
    return { kind: m[1] === 'contacts' ? 'contact' : 'account', recordId: m[2] };
  },
  layouts: {
    contact: [
      {
        header: '[data-testid="entity-header"] [data-testid="entity-name"]',
        email: '[data-testid="field-emails"] a[href^="mailto:"]',
        fields: '[data-testid="entity-fields"]',
        title: '[data-testid="field-job_title"] [data-testid="field-value"]',
        company: '[data-testid="field-sales_accounts"] [data-testid="field-value"]',
        phone: '[data-testid="field-mobile_number"] [data-testid="field-value"]',
        exclude: DECOYS,
      },
    ],
    account: [
      {
        header: '[data-testid="entity-header"] [data-testid="entity-name"]',
        domain: '[data-testid="field-website"] [data-testid="field-value"]',
        fields: '[data-testid="entity-fields"]',
        exclude: DECOYS,
      },
    ],
  },
};
