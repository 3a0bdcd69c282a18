import type { CrmAdapter } from '../adapter';
import { messageId } from '../people/outlook-reader';

// Outlook on the web (opt-in): the message open in the reading pane (…/id/{id}) is the page's
// "record"; its people are read by lib/crm/people/outlook-reader.ts, not by layouts.
export const outlook: CrmAdapter<'outlook'> = {
  id: 'outlook',
  hosts: /^outlook\.(?:office|live|office365)\.com$/,
  recordRef(url) {
    const id = messageId(url);
    return id ? { kind: 'contact', recordId: `message-${id}` } : null;
  },
  layouts: { contact: [] },
};
