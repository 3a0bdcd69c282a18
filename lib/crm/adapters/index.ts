import type { CrmId } from '../../domain/crms';
import type { CrmAdapter } from '../adapter';
import { type ParsedCrmUrl, parseUrlWith } from '../parse-crm-url';
import { attio } from './attio';
import { close } from './close';
import { copper } from './copper';
import { dynamics } from './dynamics';
import { freshsales } from './freshsales';
import { gmail } from './gmail';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { linkedin } from './linkedin';
import { outlook } from './outlook';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import { zoho } from './zoho';

export const ADAPTERS = [
  hubspot,
  salesforce,
  pipedrive,
  zoho,
  dynamics,
  attio,
  close,
  copper,
  freshsales,
  intercom,
  gmail,
  outlook,
  linkedin,
] as const satisfies readonly CrmAdapter[];

/**
 * Every CRM of lib/domain/crms.ts has its adapter: an id without one fails to compile here,
 * naming it. (Checked by type only: a keyed map would add bytes to the content script, which
 * is held to 24 KB.)
 */
export type EveryCrmHasAnAdapter = NoneLeft<Exclude<CrmId, (typeof ADAPTERS)[number]['id']>>;
type NoneLeft<T extends never> = T;

/** The adapter for a page's host, if it is a supported CRM. */
export function adapterForHost(host: string): CrmAdapter | undefined {
  return ADAPTERS.find((a) => a.hosts.test(host.toLowerCase()));
}

/** Which CRM a URL belongs to and which record (if any) it shows. Pure: usable in the worker. */
export function parseCrmUrl(raw: string): ParsedCrmUrl | undefined {
  return parseUrlWith(ADAPTERS, raw);
}
