import type { RecordExtraction, RecordRef } from './adapter';
import { parseCrmUrl } from './adapters';
import type { CrmId } from './crm-id';
import { extractRecord } from './extract-record';

export type PageDetection =
  | { state: 'not-crm' }
  /** A CRM page that is not a contact or company record (a list, a dashboard, settings). */
  | { state: 'other'; crm: CrmId }
  /** A record URL whose record has not rendered yet (no header). */
  | { state: 'pending'; crm: CrmId; ref: RecordRef }
  | { state: 'record'; crm: CrmId; ref: RecordRef; extraction: RecordExtraction };

/** What the page at `url` shows: a pure function of the URL and the document. */
export function detectRecord(url: string, doc: Document): PageDetection {
  const parsed = parseCrmUrl(url);
  if (!parsed) return { state: 'not-crm' };
  const { crm, ref, adapter } = parsed;
  if (!ref) return { state: 'other', crm };
  const extraction = extractRecord(doc, adapter.layouts, ref);
  return extraction ? { state: 'record', crm, ref, extraction } : { state: 'pending', crm, ref };
}
