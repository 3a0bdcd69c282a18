// Match patterns of every supported CRM. The content script runs only here, and these are the
// only page hosts the extension asks for. One flat list, as it ships in the content script
// (held to 24 KB); tests/unit/crm/hosts.test.ts ties each pattern to its adapter's hosts.
export const CRM_MATCHES = [
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://app-na3.hubspot.com/*',
  'https://app-ap1.hubspot.com/*',
  'https://*.lightning.force.com/*',
  // Salesforce's app hosts only (Lightning, My Domain incl. sandboxes), not every salesforce.com site.
  'https://*.my.salesforce.com/*',
  'https://*.pipedrive.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.jp/*',
  'https://crm.zoho.com.cn/*',
  'https://*.dynamics.com/*',
  'https://app.attio.com/*',
  'https://app.close.com/*',
  'https://app.copper.com/*',
  'https://*.myfreshworks.com/*',
  'https://*.freshsales.io/*',
  'https://app.intercom.com/*',
] as const;
