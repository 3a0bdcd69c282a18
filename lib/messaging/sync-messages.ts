import { z } from 'zod';
import { isAllowedServerUrl, PLAIN_HTTP_MESSAGE } from '../domain/server-origin';

// Messages extension pages (options, side panel) send to the background worker about syncing.
// Every message is schema-checked there, and only this extension's own pages may send them.

const httpUrl = z
  .string()
  .trim()
  .refine(
    (s) => /^https?:\/\//i.test(s) && URL.canParse(s),
    'Enter an http:// or https:// address.',
  )
  // The worker checks it too: a token is never sent in clear text off this computer.
  .refine((s) => !URL.canParse(s) || isAllowedServerUrl(new URL(s)), PLAIN_HTTP_MESSAGE);

const sourceConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('demo') }),
  z.object({ kind: z.literal('http'), baseUrl: httpUrl, token: z.string().trim().min(1) }),
  z.object({ kind: z.literal('csv') }),
]);

export const syncMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sync/now') }),
  z.object({ type: z.literal('sync/push') }),
  z.object({
    type: z.literal('source/set'),
    config: sourceConfigSchema,
    discardOutbox: z.boolean().optional(),
    /** Leaving the demo or CSV source: forget what was written there (else kept for it). */
    discardLedger: z.boolean().optional(),
  }),
  z.object({ type: z.literal('source/test'), baseUrl: httpUrl, token: z.string().trim().min(1) }),
  z.object({
    type: z.literal('source/exchange'),
    baseUrl: httpUrl,
    code: z.string().trim().min(1),
  }),
  z.object({ type: z.literal('definitions/changed') }),
  z.object({ type: z.literal('data/reset'), discardOutbox: z.boolean().optional() }),
  z.object({ type: z.literal('sync/interval'), minutes: z.number().int().min(1).max(1440) }),
]);

export type SyncMessage = z.infer<typeof syncMessageSchema>;

/** Every reply: a value on success, or words a user can act on. */
export type SyncReply<T = unknown> = { ok: true; value?: T } | { ok: false; error: string };

/** Whether a message comes from one of this extension's own pages (not a content script). */
export function isOwnExtensionPage(
  sender: { id?: string; url?: string; tab?: unknown },
  runtimeId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== runtimeId) return false;
  // A content script also has our id, but runs in a web page: its url is the page's.
  if (!sender.url?.startsWith(extensionOrigin)) return false;
  return true;
}
