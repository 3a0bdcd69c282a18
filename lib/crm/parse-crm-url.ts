import type { CrmId } from '../domain/crms';
import type { CrmAdapter, RecordRef } from './adapter';

export interface ParsedCrmUrl {
  crm: CrmId;
  ref: RecordRef | null;
  adapter: CrmAdapter;
}

/**
 * Which of `adapters` a URL belongs to and which record (if any) it shows. Pure. A site's
 * content script passes its own adapter only, so no other site's reader is bundled with it.
 */
export function parseUrlWith(
  adapters: readonly CrmAdapter[],
  raw: string,
): ParsedCrmUrl | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase();
  const adapter = adapters.find((a) => a.hosts.test(host));
  return adapter ? { crm: adapter.id, ref: adapter.recordRef(url), adapter } : undefined;
}
