import type { CrmId } from '../domain/crms';
import type { CrmAdapter, RecordExtraction, RecordRef } from './adapter';
import { resetShadowCache } from './deep-query';
import { extractRecord } from './extract-record';
import { fallbackExtract } from './fallback-extract';
import { parseUrlWith } from './parse-crm-url';

export type PageDetection =
  | { state: 'not-crm' }
  /** A CRM page that is not a contact or company record (a list, a dashboard, settings). */
  | { state: 'other'; crm: CrmId }
  /** A record URL whose record has not rendered yet (no header). */
  | { state: 'pending'; crm: CrmId; ref: RecordRef }
  /** A record URL on which neither a layout nor the fallback found the person. */
  | { state: 'unread'; crm: CrmId; ref: RecordRef }
  | { state: 'record'; crm: CrmId; ref: RecordRef; extraction: RecordExtraction };

export interface DetectOptions {
  /** No layout matched in time: try the careful fallback (a possible match only). */
  fallback?: boolean;
}

/** What the page at `url` shows, read with one site's adapter: a pure function of the two. */
export function detectOnSite(
  adapter: CrmAdapter,
  url: string,
  doc: Document,
  options: DetectOptions = {},
): PageDetection {
  const parsed = parseUrlWith([adapter], url);
  if (!parsed) return { state: 'not-crm' };
  const { crm, ref } = parsed;
  if (!ref) return { state: 'other', crm };
  resetShadowCache();
  const extraction = extractRecord(doc, adapter, ref);
  if (extraction) return { state: 'record', crm, ref, extraction };
  if (!options.fallback) return { state: 'pending', crm, ref };
  const possible = fallbackExtract(doc, ref, adapter);
  return possible
    ? { state: 'record', crm, ref, extraction: possible }
    : { state: 'unread', crm, ref };
}
