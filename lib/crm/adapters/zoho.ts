import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// crm.zoho.{com,eu,in,com.au,jp,com.cn}/crm/[org{N}/ or a portal name/]tab/Contacts|Leads|Accounts/{id}
const RECORD = /^\/crm\/(?:[\w-]+\/)?tab\/(Contacts|Leads|Accounts)\/(\d+)(?:[/?]|$)/;

const DECOYS = decoys('.dv_relatedlist', '.crm-timeline', '[data-zcqa="emails-related"]');

export const zoho: CrmAdapter<'zoho'> = {
  id: 'zoho',
  hosts: /^crm\.zoho\.(?:com|eu|in|com\.au|jp|com\.cn)$/,
  recordRef(url) {
    const m = RECORD.exec(url.pathname);
    if (!m?.[2]) return null;
    return { kind: m[1] === 'Accounts' ? 'account' : 'contact', recordId: m[2] };
  },
  // No public evidence of the current (Lyte-based) record page's markup was found: these two
  // layouts are the older detail and canvas views; the current page goes to the careful
  // fallback (a possible match the user confirms).
  layouts: {
    contact: [
      {
        // Standard detail view: the title bar and "subvalue_" field values.
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
