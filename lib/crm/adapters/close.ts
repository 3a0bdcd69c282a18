import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// A Close lead is the company; its people are contacts shown as cards on the lead page.
// /lead/{leadId}/ is the account view; /lead/{leadId}/contact/{contactId}/ or /contact/{id}/
// is one contact, whose card is picked by its id (the other cards are decoys).
const CONTACT = /^\/(?:lead\/lead_[A-Za-z0-9]+\/)?contact\/(cont_[A-Za-z0-9]+)(?:\/|$)/;
const LEAD = /^\/lead\/(lead_[A-Za-z0-9]+)(?:\/|$)/;

const DECOYS = decoys('.sidebar-nav', '[data-testid="activity-feed"]', '.ActivityFeed');

export const close: CrmAdapter = {
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
        header: '[data-testid="contact-name"]',
        email: '[data-testid="contact-email"] a[href^="mailto:"]',
        title: '[data-testid="contact-title"]',
        phone: '[data-testid="contact-phone"]',
        exclude: DECOYS,
      },
    ],
    account: [
      {
        header: '[data-testid="lead-header"] [data-testid="lead-name"]',
        domain: '[data-testid="lead-url"] a',
        exclude: DECOYS,
      },
    ],
  },
};
