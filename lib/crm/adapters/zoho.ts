import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// crm.zoho.{com,eu,in,com.au,jp,com.cn}/crm/[org{N}/ or a portal name/]tab/Contacts|Leads|Accounts/{id}
const RECORD = /^\/crm\/(?:[\w-]+\/)?tab\/(Contacts|Leads|Accounts)\/(\d+)(?:[/?]|$)/;

// A Next Gen field by its API name: `div#mouseArea__{FIELD}` (see the layout below).
const f = (field: string, value: string) => `#mouseArea__${field} ${value}`;

const DECOYS = decoys(
  '.dv_relatedlist',
  '[id^="relatedlist_"]',
  '.crm-timeline',
  '[data-zcqa="emails-related"]',
  // The record's owner is the rep (or a colleague), in the fields and in the business card.
  '#mouseArea__SMOWNERID',
  '#bc_mouseArea__SMOWNERID',
);

export const zoho: CrmAdapter<'zoho'> = {
  id: 'zoho',
  hosts: /^crm\.zoho\.(?:com|eu|in|com\.au|jp|com\.cn)$/,
  recordRef(url) {
    const m = RECORD.exec(url.pathname);
    if (!m?.[2]) return null;
    return { kind: m[1] === 'Accounts' ? 'account' : 'contact', recordId: m[2] };
  },
  layouts: {
    contact: [
      {
        // "Next Gen" detail view (Lyte/Crux). Sources (tests/fixtures/crm/zoho-contact-nextgen
        // .html names them) agree on `#mouseArea__{FIELD}` per field and Crux value components;
        // they disagree on the email's element (`a.cxEmailViewLink`, `crm-rl-share-email`,
        // the business card's `.dv_info_value`): all three are read, only inside the Email
        // field or card. The header id comes from a lead-capture extension that also reads
        // the older `#subvalue_EMAIL` markup, so it may be older than the fields around it;
        // without it the page waits, then goes to the careful fallback.
        header: '#headervalue_LASTNAME, #headervalue_FULLNAME',
        email: [
          f('EMAIL', 'a[href^="mailto:"]'),
          f('EMAIL', 'crm-rl-share-email'),
          '#bc_mouseArea__EMAIL .dv_info_value',
        ].join(', '),
        title: f('TITLE', '.cxElemCompViewValue'),
        company: f('ACCOUNTID', '.cxElemCompViewValue'),
        phone: `${f('PHONE', '.cxPhoneViewValue')}, ${f('MOBILE', '.cxPhoneViewValue')}`,
        exclude: DECOYS,
      },
      {
        // The older detail view: the title bar and "subvalue_" field values.
        header: '[data-zcqa="detailView_Title"], #dv_title',
        email: '#subvalue_EMAIL',
        fields: '#dv_fields, .dv_info',
        exclude: DECOYS,
      },
      {
        // Canvas view: fields addressed by their API names.
        header: '.zcanvas-header [data-field="Full_Name"]',
        email: '[data-field="Email"]',
        fields: '.zcanvas-body',
        exclude: DECOYS,
      },
    ],
  },
};
