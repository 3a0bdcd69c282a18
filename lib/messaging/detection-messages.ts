import { z } from 'zod';
import type { BadgeView } from '../crm/badge-view';

// Messages between the CRM content script and the worker. The content script builds them with
// plain code (no zod in it: size budget); the worker checks every one with these schemas, and
// treats their content as data from the page, never as instructions.

const text = (max: number) => z.string().trim().max(max);

export const detectedPersonSchema = z.object({
  emails: z.array(text(320)).max(20),
  name: text(300).optional(),
  title: text(300).optional(),
  company: text(300).optional(),
  phone: text(100).optional(),
  recordId: text(200).optional(),
});

export const detectedAccountSchema = z.object({
  name: text(300).optional(),
  domain: text(253).optional(),
  recordId: text(200).optional(),
});

export const crmDetectedSchema = z.object({
  type: z.literal('crm/detected'),
  url: z.string().max(8192),
  page: z.enum(['contact', 'account', 'other']),
  /** A record URL whose record has not rendered yet (or still shows the previous record). */
  pending: z.boolean().optional(),
  person: detectedPersonSchema.optional(),
  account: detectedAccountSchema.optional(),
  noEmail: z.boolean().optional(),
});

export const crmOpenPanelSchema = z.object({ type: z.literal('crm/open-panel') });

export const crmContentMessageSchema = z.discriminatedUnion('type', [
  crmDetectedSchema,
  crmOpenPanelSchema,
]);

export type CrmDetectedMessage = z.infer<typeof crmDetectedSchema>;
export type CrmContentMessage = z.infer<typeof crmContentMessageSchema>;

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
