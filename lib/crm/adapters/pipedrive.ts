import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// {company}.pipedrive.com/person/{id} and /organization/{id}.
const RECORD = /^\/(person|organization)\/(\d+)(?:\/|$)/;

const DECOYS = decoys(
  '[data-test="flow"]',
  '[data-test="activity-timeline"]',
  '[data-test="related-persons"]',
  '[data-test="deals-sidebar"]',
  '.flowContainer',
  '.relatedItems',
);

export const pipedrive: CrmAdapter = {
  id: 'pipedrive',
  hosts: /^[a-z0-9-]+\.pipedrive\.com$/,
  recordRef(url) {
    const m = RECORD.exec(url.pathname);
    if (!m?.[2]) return null;
    return { kind: m[1] === 'person' ? 'contact' : 'account', recordId: m[2] };
  },
  layouts: {
    contact: [
      {
        // The current person view: header title, "Details" sidebar with labelled fields.
        header: '[data-test="header-title"]',
        email: '[data-test="email-value"] a[href^="mailto:"], [data-test="person-field-email"] a',
        fields: '[data-test="details-sidebar"]',
        company: '[data-test="person-org-link"]',
        exclude: DECOYS,
      },
      {
        // The older detail view: .infoHeader title, fields list with data-key per field.
        header: '.detailView .infoHeader h1 .title',
        email: '.fieldsList [data-key="email"] .value a',
        fields: '.fieldsList',
        company: '.fieldsList [data-key="org_id"] .value',
        exclude: DECOYS,
      },
    ],
    account: [
      {
        header: '[data-test="header-title"], .detailView .infoHeader h1 .title',
        fields: '[data-test="details-sidebar"], .fieldsList',
        exclude: DECOYS,
      },
    ],
  },
};
