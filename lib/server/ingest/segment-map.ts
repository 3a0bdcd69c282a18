import { randomUUID } from 'node:crypto';
import type { ActivityEvent } from '../../domain/types';
import type { Row } from '../store/changes';
import { accountFactsFromTraits } from './account-facts';

// Segment's Tracking API message shapes → our wire entities. Pure: no storage here.

export interface SegmentMessage {
  type?: string;
  messageId?: string;
  userId?: string | number | null;
  anonymousId?: string | number | null;
  /** alias: the id (usually an anonymousId) that `userId` now stands for. */
  previousId?: string | number | null;
  groupId?: string | number | null;
  event?: string;
  traits?: Row;
  properties?: Row;
  context?: { traits?: Row };
  timestamp?: string;
  sentAt?: string;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
};
const time = (v: unknown): string | undefined => {
  const s = str(v);
  return s && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : undefined;
};

export const messageIdOf = (m: SegmentMessage): string => str(m.messageId) ?? randomUUID();
export const emailOf = (m: SegmentMessage): string | undefined =>
  str(m.traits?.email) ?? str(m.context?.traits?.email) ?? str(m.properties?.email);
export const timeOf = (m: SegmentMessage, receivedAt: string): string =>
  time(m.timestamp) ?? receivedAt;

const USER_TRAITS: Record<string, string> = {
  email: 'email',
  firstName: 'firstName',
  first_name: 'firstName',
  lastName: 'lastName',
  last_name: 'lastName',
  title: 'title',
  phone: 'phone',
  timezone: 'timezone',
  segment: 'segment',
};
/** RFC 5321's limit for a whole address. */
export const MAX_EMAIL_LENGTH = 320;

const SKIP = new Set(['name', 'createdAt', 'created_at', 'id', 'company', 'avatar', 'address']);

/** identify traits → user fields over `base`; other scalar traits become custom fields. */
export function userFromTraits(base: Row, traits: Row, ts: string): Row {
  const user: Row = { ...base };
  const custom: Row = { ...((base.customFields as Row | undefined) ?? {}) };
  for (const [key, value] of Object.entries(traits)) {
    const field = USER_TRAITS[key];
    if (field) {
      const s = str(value);
      // An email is an index key: one longer than any real address is not taken.
      if (s && !(field === 'email' && s.length > MAX_EMAIL_LENGTH)) user[field] = s;
    } else if (!SKIP.has(key) && ['string', 'number', 'boolean'].includes(typeof value))
      custom[key] = value as string | number | boolean;
  }
  const name = str(traits.name);
  if (name && !user.firstName && !user.lastName) {
    const [first, ...rest] = name.split(/\s+/);
    user.firstName = first;
    if (rest.length) user.lastName = rest.join(' ');
  }
  user.createdAt =
    (base.createdAt as string | undefined) ?? time(traits.createdAt ?? traits.created_at) ?? ts;
  if (Object.keys(custom).length) user.customFields = custom;
  return user;
}

const CRM_KEYS: Record<string, string> = {
  hubspot_id: 'hubspot',
  hubspotId: 'hubspot',
  salesforce_id: 'salesforce',
  salesforceId: 'salesforce',
  pipedrive_id: 'pipedrive',
  zoho_id: 'zoho',
  dynamics_id: 'dynamics',
  attio_id: 'attio',
};

/** group traits → account fields over `base`. */
export function accountFromTraits(base: Row, id: string, traits: Row): Row {
  const account: Row = { ...base, id };
  account.name = str(traits.name) ?? (base.name as string | undefined) ?? id;
  const website = str(traits.domain) ?? str(traits.website);
  if (website)
    account.domain = website
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/^www\./i, '')
      .split(/[/?#]/)[0]
      ?.toLowerCase();
  const seats = num(traits.licenses ?? traits.licences ?? traits.seats);
  if (seats !== undefined) account.licenses = seats;
  const crmIds: Row = { ...((base.crmIds as Row | undefined) ?? {}) };
  if (traits.crmIds && typeof traits.crmIds === 'object')
    for (const [k, v] of Object.entries(traits.crmIds as Row)) if (str(v)) crmIds[k] = str(v);
  for (const [k, crm] of Object.entries(CRM_KEYS)) if (str(traits[k])) crmIds[crm] = str(traits[k]);
  if (Object.keys(crmIds).length) account.crmIds = crmIds;
  return { ...account, ...accountFactsFromTraits(traits) };
}

/** track → an event (id = messageId, so a retried message is the same event). */
export function eventFromTrack(
  m: SegmentMessage,
  userId: string,
  receivedAt: string,
): ActivityEvent | undefined {
  const name = str(m.event);
  if (!name) return undefined;
  const p = m.properties ?? {};
  const event: ActivityEvent = { id: messageIdOf(m), userId, ts: timeOf(m, receivedAt), name };
  const feature = str(p.feature);
  const module = str(p.module);
  const duration = num(p.duration ?? p.durationSec ?? p.duration_sec);
  if (feature) event.feature = feature;
  if (module) event.module = module;
  if (duration !== undefined) event.durationSec = duration;
  return event;
}
