import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Selector shorthand: the content script must stay small.
const dt = (v: string) => `[data-test="${v}"]`;

// Copper routes in the hash: #/browse/list/people/default?fullProfile=people-{id},
// #/people/{id}; companies likewise ("companies-{id}", #/companies/{id}).
const PROFILE = /fullProfile=(people|companies)-(\d+)/;
const PATH = /^#\/(people|companies)\/(\d+)(?:[/?]|$)/;

const DECOYS = decoys(dt('activity-log'), dt('related-people'));

export const copper: CrmAdapter<'copper'> = {
  id: 'copper',
  hosts: /^app\.copper\.com$/,
  recordRef(url) {
    const m = PROFILE.exec(url.hash) ?? PATH.exec(url.hash);
    if (!m?.[2]) return null;
    return { kind: m[1] === 'people' ? 'contact' : 'account', recordId: m[2] };
  },
  layouts: {
    contact: [
      {
        root: dt('full-profile'),
        header: dt('profile-name'),
        email: `${dt('field-emails')} a[href^="mailto:"]`,
        fields: dt('profile-details'),
        title: dt('profile-title'),
        company: dt('profile-company'),
        exclude: DECOYS,
      },
    ],
  },
};
