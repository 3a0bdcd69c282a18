import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const tid = (v: string) => `[data-testid="${v}"]`;

// Freshworks CRM: {org}.myfreshworks.com/crm/sales/contacts/{id} (accounts likewise);
// the older {org}.freshsales.io/contacts/{id}.
const RECORD = /^(?:\/crm\/sales)?\/(contacts|accounts|sales_accounts)\/(\d+)(?:\/|$)/;

// A field of the contact page by its raw name (see the first layout).
const raw = (name: string) => `[data-field-rawname="${name}"] .inline-edit-content`;

const DECOYS = decoys(
  tid('timeline'),
  tid('related-contacts'),
  tid('conversations'),
  '[data-field-rawname="owner_id"]',
  '[class*="timeline"]',
  '[class*="notes"]',
  '.related-contacts',
);

export const freshsales: CrmAdapter<'freshsales'> = {
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
        // The contact page as one public source reads it (a lead-capture extension's
        // `fs_contact_detail`, named in tests/fixtures/crm/freshsales-contact-entity-card.html);
        // no second source was found to confirm it, and that extension also reads the Ember-era
        // account page, so this may be the older look of the page. An empty field reads
        // "Click to add" (a placeholder, never a value).
        header: '.entity-card--inline-content .text-truncate',
        email: raw('emails'),
        title: raw('job_title'),
        phone: `${raw('work_number')}, ${raw('mobile_number')}`,
        company: raw('sales_accounts'),
        fields: '.entity-fields, [data-field-rawname]',
        exclude: DECOYS,
      },
      {
        // A layout with test ids, modelled without public evidence (kept for pages like it).
        header: `${tid('entity-header')} ${tid('entity-name')}`,
        email: `${tid('field-emails')} a[href^="mailto:"]`,
        fields: tid('entity-fields'),
        exclude: DECOYS,
      },
    ],
  },
};
