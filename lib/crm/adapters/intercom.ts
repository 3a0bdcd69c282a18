import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const tid = (v: string) => `[data-testid="${v}"]`;

// app.intercom.com/a/apps/{ws}/users/{id} (leads likewise) and /companies/{id}; inbox
// conversations /a/inbox/{ws}/inbox/…/conversation/{id}: the person it is with (keyed by the
// conversation, the user's id is not in the URL).
const RECORD = /^\/a\/apps\/[^/]+\/(users|leads|companies)\/([0-9a-f]+)(?:\/|$)/i;
const CONVERSATION = /^\/a\/inbox\/[^/]+\/inbox\/(?:[^/]+\/)*conversation\/(\d+)(?:[/?]|$)/;

const DECOYS = decoys(tid('conversation-list'), tid('user-events'), tid('company-users'));

export const intercom: CrmAdapter<'intercom'> = {
  id: 'intercom',
  hosts: /^app\.intercom\.com$/,
  recordRef(url) {
    const talk = CONVERSATION.exec(url.pathname)?.[1];
    if (talk) return { kind: 'contact', recordId: `conversation-${talk}` };
    const m = RECORD.exec(url.pathname);
    if (!m?.[2]) return null;
    return { kind: m[1] === 'companies' ? 'account' : 'contact', recordId: m[2] };
  },
  // No public evidence of the 2026 inbox's markup (rendered in a shadow root) was found; the
  // clockify/toggl integrations only read the conversation title. The profile layout below is
  // the older user page; everything else goes to the careful fallback.
  layouts: {
    contact: [
      {
        header: `${tid('profile-header')} ${tid('profile-name')}`,
        email: `${tid('attribute-email')} ${tid('attribute-value')}`,
        fields: tid('user-attributes'),
        exclude: DECOYS,
      },
    ],
  },
};
