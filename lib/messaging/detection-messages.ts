import { z } from 'zod';
import type { BadgeView } from '../domain/badge-view';

// Messages between the CRM content script and the worker. The content script builds them with
// plain code (no zod in it: size budget); the worker checks every one with these schemas, and
// treats their content as data from the page, never as instructions.

const text = (max: number) => z.string().trim().max(max);

const detectedPersonSchema = z.object({
  emails: z.array(text(320)).max(20),
  name: text(300).optional(),
  title: text(300).optional(),
  company: text(300).optional(),
  phone: text(100).optional(),
  recordId: text(200).optional(),
});

const detectedAccountSchema = z.object({
  name: text(300).optional(),
  domain: text(253).optional(),
  recordId: text(200).optional(),
});

const seenPersonSchema = z.object({
  email: text(320).optional(),
  name: text(300).optional(),
  role: z.enum(['from', 'to', 'cc', 'draft', 'profile']),
  company: text(300).optional(),
});

const crmDetectedSchema = z.object({
  type: z.literal('crm/detected'),
  url: z.string().max(8192),
  page: z.enum(['contact', 'account', 'other']),
  /** A record URL whose record has not rendered yet (or still shows the previous record). */
  pending: z.boolean().optional(),
  person: detectedPersonSchema.optional(),
  account: detectedAccountSchema.optional(),
  noEmail: z.boolean().optional(),
  /** Read by the careful fallback (or a look-alike of the previous record): to be confirmed. */
  possible: z.boolean().optional(),
  /** A record page on which nothing was found: the emails it shows and its outline. */
  unread: z.boolean().optional(),
  visibleEmails: z.array(text(320)).max(20).optional(),
  /** An inbox thread's people (opt-in sites), for the rep to pick from. */
  people: z.array(seenPersonSchema).max(20).optional(),
  pageReport: z.string().max(60_000).optional(),
});

/**
 * Panel → worker: the user's answer about the person on the tab's record page. `userId` says
 * "yes, this product user"; `email` picks one of the page's emails; neither says "no".
 */
export const crmConfirmSchema = z.object({
  type: z.literal('crm/confirm'),
  tabId: z.number().int().nonnegative(),
  userId: z.string().min(1).max(200).optional(),
  email: text(320).optional(),
});
export type CrmConfirmMessage = z.infer<typeof crmConfirmSchema>;

/**
 * Panel → worker: the panel shows the person of the tab's record `url` (the rep opened it
 * there). Only then, or on a badge click, does the record count as a CRM sighting.
 */
export const crmSeenSchema = z.object({
  type: z.literal('crm/seen'),
  tabId: z.number().int().nonnegative(),
  url: z.string().max(8192),
});
export type CrmSeenMessage = z.infer<typeof crmSeenSchema>;

const crmOpenPanelSchema = z.object({ type: z.literal('crm/open-panel') });

export const crmContentMessageSchema = z.discriminatedUnion('type', [
  crmDetectedSchema,
  crmOpenPanelSchema,
]);

export type CrmDetectedMessage = z.infer<typeof crmDetectedSchema>;

/** The worker's answer to `crm/detected`: the badge to show (null: none). */
export interface CrmDetectedReply {
  badge: BadgeView | null;
}

/** Worker → content script: the badge for the record at `url` changed (data synced meanwhile). */
export interface CrmBadgeUpdate {
  type: 'crm/badge';
  url: string;
  badge: BadgeView | null;
}
