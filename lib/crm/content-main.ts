import { browser } from 'wxt/browser';
import type { CrmBadgeUpdate, CrmDetectedReply } from '../messaging/detection-messages';
import { getDisabledCrms, watchDisabledCrms } from '../platform/crm-sites';
import type { CrmAdapter } from './adapter';
import { type DetectionReport, startDetectionLoop } from './detection-loop';
import { watchDom } from './dom-watcher';
import { watchNavigation } from './navigation-watcher';

const isBadgeUpdate = (m: unknown): m is CrmBadgeUpdate =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'crm/badge';

async function report(message: DetectionReport) {
  const reply = (await browser.runtime.sendMessage(message)) as CrmDetectedReply | undefined;
  return reply?.badge ?? null;
}

/**
 * A site's content script: follows the page's record with that site's adapter and shows the
 * badge, unless the user switched the site off. Returns a function that stops everything.
 */
export function runCrmContent(win: Window, adapter: CrmAdapter): () => void {
  if (!adapter.hosts.test(win.location.hostname.toLowerCase())) return () => {};
  let running:
    | { stop(): void; applyBadge: ReturnType<typeof startDetectionLoop>['applyBadge'] }
    | undefined;

  const start = () => {
    const loop = startDetectionLoop({
      win,
      adapter,
      report,
      openPanel: () => {
        browser.runtime.sendMessage({ type: 'crm/open-panel' }).catch(() => {});
      },
    });
    const stops = [watchNavigation(win, loop.checkNow), watchDom(win.document, loop.check)];
    loop.check();
    running = {
      applyBadge: loop.applyBadge,
      stop() {
        for (const s of stops) s();
        loop.stop();
      },
    };
  };
  const stop = () => {
    running?.stop();
    running = undefined;
    // The worker forgets the person of a CRM that is switched off.
    report({ type: 'crm/detected', url: win.location.href, page: 'other' }).catch(() => {});
  };

  const onMessage = (message: unknown) => {
    if (isBadgeUpdate(message)) running?.applyBadge(message.url, message.badge);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchDisabledCrms((off) => {
    if (off.includes(adapter.id)) stop();
    else if (!running) start();
  });
  void getDisabledCrms().then((off) => {
    if (!off.includes(adapter.id)) {
      if (!running) start();
    } else stop(); // Tells the worker this CRM's page is not followed, so the panel can say why.
  });
  return () => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    running?.stop();
    running = undefined;
  };
}
