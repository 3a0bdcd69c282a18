import { browser } from 'wxt/browser';
import type { CrmBadgeUpdate, CrmDetectedReply } from '../../messaging/detection-messages';
import type { CrmAdapter } from '../adapter';
import type { DetectionReport } from '../detection-loop';
import { watchDom } from '../dom-watcher';
import { watchNavigation } from '../navigation-watcher';
import type { PeopleOnPage } from './people-on-page';
import { startSiteLoop } from './site-loop';

const isBadgeUpdate = (m: unknown): m is CrmBadgeUpdate =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'crm/badge';

async function report(message: DetectionReport) {
  const reply = (await browser.runtime.sendMessage(message)) as CrmDetectedReply | undefined;
  return reply?.badge ?? null;
}

/**
 * An opt-in site's content script (registered only once the rep turned the site on and the
 * browser granted its host): follows the page's people. Returns a function that stops it.
 */
export function runSiteContent(
  win: Window,
  adapter: CrmAdapter,
  read: (doc: Document, url: URL) => PeopleOnPage | undefined,
): () => void {
  if (!adapter.hosts.test(win.location.hostname.toLowerCase())) return () => {};
  const loop = startSiteLoop({
    win,
    adapter,
    read,
    report,
    openPanel: () => {
      browser.runtime.sendMessage({ type: 'crm/open-panel' }).catch(() => {});
    },
  });
  const onMessage = (message: unknown) => {
    if (isBadgeUpdate(message)) loop.applyBadge(message.url, message.badge);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const stops = [watchNavigation(win, loop.checkNow), watchDom(win.document, loop.check)];
  loop.checkNow();
  return () => {
    for (const stop of stops) stop();
    browser.runtime.onMessage.removeListener(onMessage);
    loop.stop();
  };
}
