import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { crmSenderTab } from '../crm/sender-check';
import { confirmDetection } from '../match/confirm-detection';
import {
  recordActedSighting,
  refreshTabDetections,
  reportDetection,
} from '../match/tab-detections';
import {
  type CrmBadgeUpdate,
  type CrmDetectedReply,
  crmConfirmSchema,
  crmContentMessageSchema,
  crmSeenSchema,
} from '../messaging/detection-messages';
import { isOwnExtensionPage } from '../messaging/sync-messages';
import { openSidePanel, prepareSidePanel } from '../platform/side-panel';
import { clearTabDetection, getTabDetection, setTabDetection } from '../platform/tab-state';

const REFRESH_DELAY_MS = 300;

/** Wires CRM detection messages from content scripts to matching and per-tab state. */
export function registerDetection(): void {
  // The panel's answer to "Is this the person on the page?" (only from our own pages).
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const parsed = crmConfirmSchema.safeParse(message);
    if (!parsed.success) return undefined;
    if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')))
      return undefined;
    confirmDetection(parsed.data).then(
      (done) => {
        if (done) sendBadge(parsed.data.tabId, { type: 'crm/badge', ...done });
        sendResponse({ ok: done !== undefined });
      },
      () => sendResponse({ ok: false }),
    );
    return true;
  });

  // The panel shows the person of a tab's record: the rep acted on it, a CRM sighting.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = crmSeenSchema.safeParse(message);
    if (!parsed.success) return undefined;
    if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')))
      return undefined;
    void recordActedSighting(parsed.data.tabId, parsed.data.url).catch(() => {});
    return undefined;
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const parsed = crmContentMessageSchema.safeParse(message);
    if (!parsed.success) return undefined; // Not a CRM message: another listener's.
    const tabId = crmSenderTab(sender, browser.runtime.id);
    if (tabId === undefined || !sender.url) return undefined;
    if (parsed.data.type === 'crm/open-panel') {
      // Synchronously, inside the click's user gesture; setOptions was done on detection.
      openSidePanel(tabId, sender.tab?.windowId).catch((e: unknown) => {
        console.warn('The panel could not be opened from the badge', e);
      });
      // The rep clicked the badge of this record: a CRM sighting (never the report alone).
      void recordActedSighting(tabId, sender.url).catch(() => {});
      return undefined;
    }
    prepareSidePanel(tabId).catch(() => {});
    reportDetection(tabId, sender.url, parsed.data).then(
      (badge) => sendResponse({ badge } satisfies CrmDetectedReply),
      () => sendResponse({ badge: null } satisfies CrmDetectedReply),
    );
    return true; // The answer comes asynchronously.
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabDetection(tabId);
  });

  // Leaving the CRM for another site: the content script is gone and cannot say so. Without
  // the "tabs" permission such a tab's URL is hidden from us, which is exactly that case.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'loading' || tab.url) return;
    void getTabDetection(tabId).then((known) => {
      if (known && known.crm !== null)
        return setTabDetection({
          tabId,
          url: '',
          crm: null,
          page: 'other',
          detectedAt: new Date().toISOString(),
        });
    });
  });

  // After a sync (users or their types changed), re-match the open CRM tabs and update badges.
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((key) => /\/(?:users|userStats|accounts)\//.test(key))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      void refreshTabDetections(sendBadge).catch(() => {});
    }, REFRESH_DELAY_MS);
  });
}

function sendBadge(tabId: number, update: CrmBadgeUpdate): void {
  browser.tabs.sendMessage(tabId, update).catch(() => {
    // The tab has no content script (any more): nothing to update.
  });
}
