import type { CrmAdapter } from '../adapter';
import { threadKey } from '../people/gmail-reader';

// Gmail (opt-in): a thread (#inbox/{id}, #label/x/{id}) or a draft (?compose=…) is the page's
// "record"; its people are read by lib/crm/people/gmail-reader.ts, not by layouts.
export const gmail: CrmAdapter<'gmail'> = {
  id: 'gmail',
  hosts: /^mail\.google\.com$/,
  recordRef(url) {
    const thread = threadKey(url);
    if (thread) return { kind: 'contact', recordId: `thread-${thread}` };
    return /[?&]compose=/.test(url.hash) ? { kind: 'contact', recordId: 'draft' } : null;
  },
  layouts: { contact: [] },
};
