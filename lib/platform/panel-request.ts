import { browser } from 'wxt/browser';

// Asking the panel to show a person or account (from a notification click). The request sits
// in storage.session: an open panel reacts to the change, a panel opened for it reads it.

export type PanelTarget =
  | { kind: 'user'; userId: string }
  | { kind: 'account'; accountId: string }
  | { kind: 'home' }
  /** The record the tab shows (a badge click): whatever the rep opened by hand gives way. */
  | { kind: 'tab-record'; tabId: number };

export const PANEL_REQUEST_KEY = 'panelRequest';
/** A request older than this is stale (the rep opened the panel for something else). */
const FRESH_MS = 60_000;

interface PanelRequest {
  target: PanelTarget;
  at: number;
}

/**
 * Records the request, then opens the panel: the side panel of the current window where the
 * browser allows it without a gesture on a page, else the panel page in a new tab.
 */
export async function requestPanel(target: PanelTarget): Promise<void> {
  await browser.storage.session.set({
    [PANEL_REQUEST_KEY]: { target, at: Date.now() } satisfies PanelRequest,
  });
  const sidePanel = (browser as { sidePanel?: { open(o: { windowId: number }): Promise<void> } })
    .sidePanel;
  try {
    const win = await browser.windows.getLastFocused();
    if (!sidePanel || win.id === undefined) throw new Error('no side panel');
    await sidePanel.open({ windowId: win.id });
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  }
}

/** Asks an open panel to show the tab's own record again (it does not open one). */
export async function showTabRecordInPanel(tabId: number): Promise<void> {
  await browser.storage.session.set({
    [PANEL_REQUEST_KEY]: {
      target: { kind: 'tab-record', tabId },
      at: Date.now(),
    } satisfies PanelRequest,
  });
}

/** Takes a fresh request (once), e.g. when the panel starts. */
export async function takePanelRequest(): Promise<PanelTarget | undefined> {
  const stored = await browser.storage.session.get(PANEL_REQUEST_KEY);
  const request = stored[PANEL_REQUEST_KEY] as PanelRequest | undefined;
  if (!request) return undefined;
  await browser.storage.session.remove(PANEL_REQUEST_KEY);
  return Date.now() - request.at < FRESH_MS ? request.target : undefined;
}

/** Calls `listener` with each new request while this panel is open. */
export function watchPanelRequests(listener: (target: PanelTarget) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = changes[PANEL_REQUEST_KEY]?.newValue as PanelRequest | undefined;
    // Left in place: a panel page opened for it in a new tab takes it when it starts.
    if (area === 'session' && value) listener(value.target);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
