import { readFileSync } from 'node:fs';
import type { CrmRoute } from '../e2e/harness/crm-server';

export const CRM_HOST = 'app.hubspot.com';
export const PORTAL = '21500012';
/** The two contacts of fixtures/hubspot-bench.html, both users of the generated workspace. */
export const CONTACT_A = { recordId: '501', name: 'Ada Lovelace' };
export const CONTACT_B = { recordId: '503', name: 'Grace Hopper' };

export const contactUrl = (recordId: string) =>
  `https://${CRM_HOST}/contacts/${PORTAL}/record/0-1/${recordId}`;

const FIXTURE = new URL('./fixtures/hubspot-bench.html', import.meta.url).pathname;

/** Serves the bench fixture for every path on the HubSpot host (the page routes itself). */
export const hubspotBenchRoute: CrmRoute = (req, res, url) => {
  if (req.headers.host?.split(':')[0] !== CRM_HOST || url.pathname === '/favicon.ico') return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(readFileSync(FIXTURE));
  return true;
};
