import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Record pages: /contacts/{portal}/record/0-1/{id} (contact), 0-2 (company), and the older
// /contacts/{portal}/contact/{id} and /company/{id}. Regional hosts: app-eu1, app-na2, …
const RECORD = /^\/contacts\/\d+\/(?:record\/(0-1|0-2)|(contact|company))\/(\d+)(?:\/|$)/;

const DECOYS = decoys(
  '[data-test-id="timeline"]',
  '[data-selenium-test="timeline-card"]',
  '[data-test-id="associations-sidebar"]',
  '[data-selenium-test="association-card"]',
  '[data-test-id="email-thread"]',
);

export const hubspot: CrmAdapter = {
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
        header: '[data-selenium-test="highlightTitle"]',
        email:
          '[data-selenium-test="highlightSubtitle"] a[href^="mailto:"], [data-selenium-test="property-input-email"]',
        fields: '[data-test-id="about-this-contact"], [data-selenium-test="profile-properties"]',
        title: '[data-selenium-test="property-input-jobtitle"]',
        company: '[data-selenium-test="property-input-company"]',
        phone: '[data-selenium-test="property-input-phone"]',
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
    account: [
      {
        header: '[data-selenium-test="highlightTitle"], .profile-header h1',
        domain:
          '[data-selenium-test="property-input-domain"], [data-property-name="domain"] [data-field-value]',
        fields: '[data-test-id="about-this-company"], .profile-sidebar .properties',
        exclude: DECOYS,
      },
    ],
  },
};
