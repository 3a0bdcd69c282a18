import { parseCrmUrl } from './adapters';

export interface MessageSenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * The tab a CRM detection message may speak for: it must come from this extension's own
 * content script (sender.id), in the top frame of a tab whose page is on a CRM host. Anything
 * else (another extension, an extension page, a frame, a non-CRM page) gets undefined.
 */
export function crmSenderTab(sender: MessageSenderLike, extensionId: string): number | undefined {
  if (sender.id !== extensionId) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return undefined;
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  if (!sender.url || !parseCrmUrl(sender.url)) return undefined;
  return tabId;
}
