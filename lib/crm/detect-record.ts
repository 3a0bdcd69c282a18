import { adapterForHost } from './adapters';
import { type DetectOptions, detectOnSite, type PageDetection } from './detect-on-site';

export type { DetectOptions, PageDetection } from './detect-on-site';

/**
 * What the page at `url` shows, whichever supported site it is on (tests, tools). Content
 * scripts use detectOnSite with their own site's adapter instead, to stay small.
 */
export function detectRecord(
  url: string,
  doc: Document,
  options: DetectOptions = {},
): PageDetection {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return { state: 'not-crm' };
  }
  const adapter = adapterForHost(host);
  return adapter ? detectOnSite(adapter, url, doc, options) : { state: 'not-crm' };
}
