import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const dt = (v: string) => `[data-test="${v}"]`;

// {company}.pipedrive.com/person/{id} and /organization/{id}.
const RECORD = /^\/(person|organization)\/(\d+)(?:\/|$)/;

const DECOYS = decoys(
  dt('flow'),
  dt('activity-timeline'),
  dt('related-persons'),
  dt('deals-sidebar'),
  '.flowContainer',
  '.relatedItems',
);

export const pipedrive: CrmAdapter<'pipedrive'> = {
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
        // Pipedrive keeps earlier views in the DOM behind `display: none`: only visible
        // elements count (dom-text.ts). Evidence: clockify/browser-extension pipedrive.js
        // (`.detailView`-era markup); the data-test names are modelled, not published.
        header: dt('header-title'),
        email: `${dt('email-value')} a[href^="mailto:"]`,
        fields: dt('details-sidebar'),
        company: dt('person-org-link'),
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
  },
};
