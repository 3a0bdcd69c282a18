import type { CrmAdapter } from '../adapter';
import { decoys } from '../common-decoys';

// Copper routes in the hash: #/browse/list/people/default?fullProfile=people-{id},
// #/people/{id}; companies likewise ("companies-{id}", #/companies/{id}).
const PROFILE = /fullProfile=(people|companies)-(\d+)/;
const PATH = /^#\/(people|companies)\/(\d+)(?:[/?]|$)/;

const DECOYS = decoys(
  '.app-header',
  '[data-test="activity-log"]',
  '[data-test="related-people"]',
  '.related-items',
);

export const copper: CrmAdapter = {
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
        root: '[data-test="full-profile"]',
        header: '[data-test="profile-name"]',
        email: '[data-test="field-emails"] a[href^="mailto:"]',
        fields: '[data-test="profile-details"]',
        title: '[data-test="profile-title"]',
        company: '[data-test="profile-company"]',
        exclude: DECOYS,
      },
    ],
    account: [
      {
        root: '[data-test="full-profile"]',
        header: '[data-test="profile-name"]',
        domain: '[data-test="field-websites"] a',
        fields: '[data-test="profile-details"]',
        exclude: DECOYS,
      },
    ],
  },
};
