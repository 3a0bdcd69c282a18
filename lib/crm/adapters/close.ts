import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const tid = (v: string) => `[data-testid="${v}"]`;

// A Close lead is the company; its people are contacts shown as cards on the lead page.
// /lead/{leadId}/ is the account view; /lead/{leadId}/contact/{contactId}/ or /contact/{id}/
// is one contact, whose card is picked by its id (the other cards are decoys).
const CONTACT = /^\/(?:lead\/lead_[A-Za-z0-9]+\/)?contact\/(cont_[A-Za-z0-9]+)(?:\/|$)/;
const LEAD = /^\/lead\/(lead_[A-Za-z0-9]+)(?:\/|$)/;

const DECOYS = decoys(tid('activity-feed'));

export const close: CrmAdapter<'close'> = {
  id: 'close',
  hosts: /^app\.close\.com$/,
  recordRef(url) {
    const contact = CONTACT.exec(url.pathname)?.[1];
    if (contact) return { kind: 'contact', recordId: contact };
    const lead = LEAD.exec(url.pathname)?.[1];
    return lead ? { kind: 'account', recordId: lead } : null;
  },
  layouts: {
    contact: [
      {
        root: '[data-contact-id="{id}"]',
        header: tid('contact-name'),
        email: `${tid('contact-email')} a[href^="mailto:"]`,
        title: tid('contact-title'),
        phone: tid('contact-phone'),
        exclude: DECOYS,
      },
    ],
    account: [
      {
        header: `${tid('lead-header')} ${tid('lead-name')}`,
        domain: `${tid('lead-url')} a`,
        exclude: DECOYS,
      },
    ],
  },
};
