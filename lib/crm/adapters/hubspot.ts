import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const st = (v: string) => `[data-selenium-test="${v}"]`;
const tid = (v: string) => `[data-test-id="${v}"]`;

// Record pages: /contacts/{portal}/record/0-1/{id} (contact), 0-2 (company), and the older
// /contacts/{portal}/contact/{id} and /company/{id}. Regional hosts: app-eu1, app-na2, …
const RECORD = /^\/contacts\/\d+\/(?:record\/(0-1|0-2)|(contact|company))\/(\d+)(?:\/|$)/;

const DECOYS = decoys(
  tid('timeline'),
  st('timeline-card'),
  tid('associations-sidebar'),
  st('association-card'),
  tid('email-thread'),
);

export const hubspot: CrmAdapter<'hubspot'> = {
  id: 'hubspot',
  hosts: /^app(?:-[a-z]{2,3}\d+)?\.hubspot\.com$/,
  recordRef(url) {
    const m = RECORD.exec(url.pathname);
    if (!m?.[3]) return null;
    const isContact = m[1] === '0-1' || m[2] === 'contact';
    return { kind: isContact ? 'contact' : 'account', recordId: m[3] };
  },
  layouts: {
    contact: [
      {
        // The record page (2024+): highlight card on the left, "About this contact" properties.
        // Evidence: clockify/browser-extension src/integrations/hubspot.js (highlightTitle,
        // *-highlight-details). The highlight card shows the email even when an admin removed
        // the Email row from the properties card.
        header: st('highlightTitle'),
        email: `${st('property-input-email')}, [data-selenium-test$="-highlight-details"] a[href^="mailto:"]`,
        fields: `${tid('about-this-contact')}, ${st('profile-properties')}`,
        exclude: DECOYS,
      },
      {
        // The older contact profile: name in the profile header, properties in a sidebar list.
        header: '.profile-header [data-field="fullname"], .profile-header h1',
        email: '[data-property-name="email"] [data-field-value]',
        fields: '.profile-sidebar .properties',
        exclude: DECOYS,
      },
    ],
  },
};
