import { browser } from 'wxt/browser';
import { type TabDetection, tabDetectionKey } from '../messaging/tab-detection';

// Per-tab detection state lives in storage.session: it survives the service worker being
// stopped, is cleared with the browser session, and is not readable by content scripts.

export async function getTabDetection(tabId: number): Promise<TabDetection | undefined> {
  const key = tabDetectionKey(tabId);
  const stored = await browser.storage.session.get(key);
  return stored[key] as TabDetection | undefined;
}

export async function setTabDetection(detection: TabDetection): Promise<void> {
  await browser.storage.session.set({ [tabDetectionKey(detection.tabId)]: detection });
}

export async function clearTabDetection(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabDetectionKey(tabId));
}

/** Calls `listener` whenever the tab's detection changes (undefined when cleared). */
export function watchTabDetection(
  tabId: number,
  listener: (detection: TabDetection | undefined) => void,
): () => void {
  const key = tabDetectionKey(tabId);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes)
      listener(changes[key]?.newValue as TabDetection | undefined);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The active tab of the window this page lives in (the side panel follows it). */
export async function getActiveTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Calls `listener` with the new active tab id when the user switches tabs in this window. */
export function watchActiveTab(listener: (tabId: number) => void): () => void {
  let windowId: number | undefined;
  void browser.windows.getCurrent().then((w) => {
    windowId = w.id;
  });
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) listener(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}

/** Every tab's detection (the worker refreshes their matches after a sync). */
export async function listTabDetections(): Promise<TabDetection[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith('tab:'))
    .map(([, value]) => value as TabDetection);
}
