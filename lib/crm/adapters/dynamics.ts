import type { CrmAdapter, RecordKind } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const id = (v: string) => `[data-id="${v}"]`;

// Unified Interface: *.crm{N}.dynamics.com/main.aspx?...&pagetype=entityrecord&etn=contact&id={guid}
const KINDS: Record<string, RecordKind> = {
  contact: 'contact',
  lead: 'contact',
  account: 'account',
};
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

const DECOYS = decoys(
  id('topBar'),
  id('timelinecontrol'),
  id('notescontrol'),
  id('dataSetRoot_Contacts'),
  '[data-control-name="Subgrid"]',
);

export const dynamics: CrmAdapter<'dynamics'> = {
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
        // Evidence: microsoft/EasyRepro AppElementReference.cs reads the header title's `title`
        // attribute (the text carries the save state: "Olivia Martin- Saved").
        header: `h1${id('header_title')}`,
        nameAttr: 'title',
        email: `input${id('emailaddress1.fieldControl-mail-text-input')}`,
        fields: id('editFormRoot'),
        exclude: DECOYS,
      },
    ],
  },
};
