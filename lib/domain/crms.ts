export const CRM_IDS = [
  'hubspot',
  'salesforce',
  'pipedrive',
  'zoho',
  'dynamics',
  'attio',
  'close',
  'copper',
  'freshsales',
  'intercom',
] as const;

export type CrmId = (typeof CRM_IDS)[number];

export const CRM_NAMES: Record<CrmId, string> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  zoho: 'Zoho CRM',
  dynamics: 'Dynamics 365',
  attio: 'Attio',
  close: 'Close',
  copper: 'Copper',
  freshsales: 'Freshsales',
  intercom: 'Intercom',
};
