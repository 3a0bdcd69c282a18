import type { CrmAdapter } from '../adapter';
import { profileKey } from '../people/linkedin-reader';

// LinkedIn (opt-in): a profile (/in/{slug}) or a Sales Navigator lead (/sales/lead/{id},…);
// read by lib/crm/people/linkedin-reader.ts. No email: only candidates the rep confirms.
export const linkedin: CrmAdapter<'linkedin'> = {
  id: 'linkedin',
  hosts: /^www\.linkedin\.com$/,
  recordRef(url) {
    const key = profileKey(url);
    return key ? { kind: 'contact', recordId: key } : null;
  },
  layouts: { contact: [] },
};
