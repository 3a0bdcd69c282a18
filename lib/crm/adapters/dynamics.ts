import type { CrmAdapter, RecordKind } from '../adapter';
import { decoys } from '../common-decoys';

// Unified Interface: *.crm{N}.dynamics.com/main.aspx?...&pagetype=entityrecord&etn=contact&id={guid}
const KINDS: Record<string, RecordKind> = {
  contact: 'contact',
  lead: 'contact',
  account: 'account',
};
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

const DECOYS = decoys(
  '[data-id="topBar"]',
  '#id-App-Header',
  '[data-id="timelinecontrol"]',
  '[data-id="notescontrol"]',
  '[data-id="dataSetRoot_Contacts"]',
  '[data-control-name="Subgrid"]',
);

export const dynamics: CrmAdapter = {
  id: 'dynamics',
  hosts: /\.crm\d*\.dynamics\.com$/,
  recordRef(url) {
    if (!url.pathname.toLowerCase().endsWith('/main.aspx')) return null;
    const params = url.searchParams;
    const kind = KINDS[(params.get('etn') ?? '').toLowerCase()];
    const id = GUID.exec(params.get('id') ?? '')?.[1];
    return kind && id ? { kind, recordId: id.toLowerCase() } : null;
  },
  layouts: {
    contact: [
      {
        header: 'h1[data-id="header_title"]',
        email: 'input[data-id="emailaddress1.fieldControl-mail-text-input"]',
        fields: '[data-id="editFormRoot"]',
        title: 'input[data-id="jobtitle.fieldControl-text-box-text"]',
        company:
          '[data-id="parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag_text"], input[data-id="companyname.fieldControl-text-box-text"]',
        phone: 'input[data-id="telephone1.fieldControl-phone-text-input"]',
        exclude: DECOYS,
      },
    ],
    account: [
      {
        header: 'h1[data-id="header_title"]',
        domain: 'input[data-id="websiteurl.fieldControl-url-text-input"]',
        fields: '[data-id="editFormRoot"]',
        exclude: DECOYS,
      },
    ],
  },
};
