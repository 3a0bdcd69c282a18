// Every supported CRM, named once: its id (the key), the name people read, and the pages the
// content script runs on (also the only page hosts the extension asks for). Its adapter in
// lib/crm/adapters is typed by the same id and must exist (adapters/index.ts fails to compile
// without it); tests/unit/crm/hosts.test.ts ties each pattern to that adapter's hosts.
export const CRMS = {
  hubspot: {
    name: 'HubSpot',
    matches: [
      'https://app.hubspot.com/*',
      'https://app-eu1.hubspot.com/*',
      'https://app-na2.hubspot.com/*',
      'https://app-na3.hubspot.com/*',
      'https://app-ap1.hubspot.com/*',
    ],
  },
  salesforce: {
    name: 'Salesforce',
    // The app hosts only (Lightning, My Domain incl. sandboxes), not every salesforce.com site.
    matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  },
  pipedrive: { name: 'Pipedrive', matches: ['https://*.pipedrive.com/*'] },
  zoho: {
    name: 'Zoho CRM',
    matches: [
      'https://crm.zoho.com/*',
      'https://crm.zoho.eu/*',
      'https://crm.zoho.in/*',
      'https://crm.zoho.com.au/*',
      'https://crm.zoho.jp/*',
      'https://crm.zoho.com.cn/*',
    ],
  },
  dynamics: { name: 'Dynamics 365', matches: ['https://*.dynamics.com/*'] },
  attio: { name: 'Attio', matches: ['https://app.attio.com/*'] },
  close: { name: 'Close', matches: ['https://app.close.com/*'] },
  copper: { name: 'Copper', matches: ['https://app.copper.com/*'] },
  freshsales: {
    name: 'Freshsales',
    matches: ['https://*.myfreshworks.com/*', 'https://*.freshsales.io/*'],
  },
  intercom: { name: 'Intercom', matches: ['https://app.intercom.com/*'] },
} as const satisfies Record<string, { name: string; matches: readonly `https://${string}/*`[] }>;

/**
 * Sites where reps look at people outside the CRM, each off until the rep turns it on (its host
 * permission is asked for then; no content script runs there before). Read with an adapter of
 * their own like the CRMs, but never a CRM sighting: a sender in an inbox is no CRM contact.
 */
export const OPT_IN_SITES = {
  gmail: { name: 'Gmail', matches: ['https://mail.google.com/*'] },
  outlook: {
    name: 'Outlook on the web',
    matches: [
      'https://outlook.office.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office365.com/*',
    ],
  },
  linkedin: { name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
} as const satisfies Record<string, { name: string; matches: readonly `https://${string}/*`[] }>;

export type OptInSiteId = keyof typeof OPT_IN_SITES;

export const OPT_IN_SITE_IDS = Object.keys(OPT_IN_SITES) as OptInSiteId[];

export const isOptInSite = (id: string | null | undefined): id is OptInSiteId =>
  !!id && Object.hasOwn(OPT_IN_SITES, id);

/** A CRM or an opt-in site: where a person can be read. */
export type CrmId = keyof typeof CRMS | OptInSiteId;

/** The CRMs (not the opt-in sites): the ones switched on by default. */
export const CRM_IDS = Object.keys(CRMS) as CrmId[];

export const crmName = (id: CrmId): string =>
  isOptInSite(id) ? OPT_IN_SITES[id].name : CRMS[id].name;

/** Every CRM's match patterns, one flat list (the manifest's and the content script's). */
export const CRM_MATCHES: string[] = Object.values(CRMS).flatMap((crm) => crm.matches);
