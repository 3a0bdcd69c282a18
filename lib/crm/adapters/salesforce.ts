import type { CrmAdapter, RecordKind } from '../adapter';
import { decoys } from '../common-decoys';

// Lightning: /lightning/r/Contact|Lead|Account/{id}/view (also /lightning/r/{id}/view).
// Classic: the record id is the whole path; its key prefix says the object.
const LIGHTNING = /^\/lightning\/r\/(?:(Contact|Lead|Account)\/)?([a-zA-Z0-9]{15,18})\/view/;
const CLASSIC = /^\/([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})\/?$/;
const BY_OBJECT: Record<string, RecordKind> = {
  Contact: 'contact',
  Lead: 'contact',
  Account: 'account',
};
const BY_PREFIX: Record<string, RecordKind> = {
  '003': 'contact',
  '00Q': 'contact',
  '001': 'account',
};

const LIGHTNING_DECOYS = decoys(
  'one-appnav',
  '.slds-global-header',
  'records-related-list-container',
  '.forceRelatedListContainer',
  'runtime_sales_activities-activity-panel',
  '.activityPanel',
  '.slds-timeline',
);
const CLASSIC_DECOYS = decoys('#AppBodyHeader', '#phHeader', '.bRelatedList', '.listRelatedObject');

// Lightning keeps the records visited before in the DOM, hidden; only the active one counts.
// Evidence: tprouvot/Salesforce-Inspector-reloaded addon/button.js (`.windowViewMode-normal.active`,
// console tabs `section.oneConsoleTab .windowViewMode-maximized.active`).
const ACTIVE =
  '.oneContent.active, .windowViewMode-normal.active, .windowViewMode-maximized.active';

export const salesforce: CrmAdapter<'salesforce'> = {
  id: 'salesforce',
  // The rep's profile card (its trigger in the global header; the card opens as a panel of
  // its own, outside the header). Evidence: Selenium page objects of Lightning
  // (`.oneUserProfileCardTrigger`, `div.oneUserProfileCard … Log Out`).
  self: '.oneUserProfileCardTrigger, .oneUserProfileCard',
  hosts: /\.(?:lightning\.force|my\.salesforce)\.com$/,
  recordRef(url) {
    const lightning = LIGHTNING.exec(url.pathname);
    if (lightning?.[2]) {
      const kind = lightning[1] ? BY_OBJECT[lightning[1]] : BY_PREFIX[lightning[2].slice(0, 3)];
      return kind ? { kind, recordId: lightning[2] } : null;
    }
    const classic = CLASSIC.exec(url.pathname);
    const kind = classic?.[1] ? BY_PREFIX[classic[1].slice(0, 3)] : undefined;
    return classic?.[1] && kind ? { kind, recordId: classic[1] } : null;
  },
  layouts: {
    contact: [
      {
        // Lightning record page, synthetic or native shadow DOM (` >>> ` crosses shadow roots);
        // evidence: Salesforce Inspector's active-view selectors, LWC component names. The name
        // is slotted into the h1 (`slot="primaryField"`): on native shadow it stays in the
        // light DOM of records-highlights2 while the h1 and its "Contact" label are in the
        // shadow root, so it is looked up by its slot, not under the h1 (page objects:
        // `//div[contains(@class,'entityNameTitle')]/..//lightning-formatted-name`).
        root: ACTIVE,
        header:
          'records-highlights2 >>> h1 lightning-formatted-name, records-highlights2 >>> [slot="primaryField"]',
        email: '[data-target-selection-name$=".Email"] >>> a[href^="mailto:"]',
        fields: 'records-record-layout-section, force-record-layout-section, records-highlights2',
        exclude: LIGHTNING_DECOYS,
      },
      {
        // Classic: name in the page description, Email in the detail list (con15 / lea11).
        header: '.bPageTitle h2.pageDescription',
        email: '#con15_ileinner a[href^="mailto:"], #lea11_ileinner a[href^="mailto:"]',
        fields: '.detailList',
        exclude: CLASSIC_DECOYS,
      },
    ],
    account: [
      {
        root: ACTIVE,
        header:
          'records-highlights2 >>> h1 lightning-formatted-text, records-highlights2 >>> h1 [slot="primaryField"]',
        fields: 'records-record-layout-section, force-record-layout-section',
        exclude: LIGHTNING_DECOYS,
      },
      { header: '.bPageTitle h2.pageDescription', fields: '.detailList', exclude: CLASSIC_DECOYS },
    ],
  },
};
