import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const tid = (v: string) => `[data-testid="${v}"]`;

// app.intercom.com/a/apps/{ws}/users/{id} (leads likewise) and /companies/{id}; inbox
// conversations /a/inbox/{ws}/inbox/…/conversation/{id}: the person it is with (keyed by the
// conversation, the user's id is not in the URL).
const RECORD = /^\/a\/apps\/[^/]+\/(users|leads|companies)\/([0-9a-f]+)(?:\/|$)/i;
const CONVERSATION = /^\/a\/inbox\/[^/]+\/inbox\/(?:[^/]+\/)*conversation\/(\d+)(?:[/?]|$)/;

// `data-intercom-target` names Intercom gives its own regions (see the layouts below).
const it = (v: string) => `[data-intercom-target${v}]`;
const USER_DETAILS = it('$="user-details"');

const DECOYS = decoys(
  tid('conversation-list'),
  tid('user-events'),
  tid('company-users'),
  it('="inbox-left-nav"'),
  '[data-primary-nav-container]',
  // The stream: replies by teammates, quoted earlier messages, other people's addresses.
  `${it('="conversation-space"')} .mx-auto`,
  it('$="recent-conversations"'),
  it('$="company-users"'),
  it('$="conversation-list"'),
);

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
  layouts: {
    contact: [
      {
        // The inbox (2025–26): the app in the shadow root of #teammate-app-react, the person's
        // attributes in the details sidebar's "user details" section, label then value
        // (sources named in tests/fixtures/crm/intercom-inbox-teammate-app.html). The header
        // class comes from a 2022 userscript and is spelled `inbox-2__` where the sidebar of
        // the 2026 sources is `inbox2__`: the oldest part of this layout. Without it the
        // conversation waits, then goes to the careful fallback.
        header: '.inbox-2__conversation-header span',
        fields: USER_DETAILS,
        exclude: DECOYS,
      },
      {
        // The user's profile page. No public source shows its markup; it is modelled on the
        // inbox's `data-intercom-target` names and the same user-details section.
        header: `${it('$="profile-header"')} h1`,
        fields: USER_DETAILS,
        exclude: DECOYS,
      },
      {
        // A profile layout with test ids, modelled without public evidence.
        header: `${tid('profile-header')} ${tid('profile-name')}`,
        email: `${tid('attribute-email')} ${tid('attribute-value')}`,
        fields: tid('user-attributes'),
        exclude: DECOYS,
      },
    ],
  },
};
