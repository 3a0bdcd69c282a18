import { browser } from 'wxt/browser';

// Where Firefox cannot open its sidebar for us (a badge click relayed from a CRM page is not a
// user action it accepts), the panel opens in a small window of its own, bound to the tab.
// One such window per tab: a second click brings it to the front instead of adding another.

const PANEL_WINDOW = { width: 380, height: 720 };
const keyFor = (tabId: number) => `panelWindow:${tabId}`;

async function existingWindow(tabId: number): Promise<number | undefined> {
  const key = keyFor(tabId);
  const id = (await browser.storage.session.get(key))[key];
  if (typeof id !== 'number') return undefined;
  try {
    return (await browser.windows.get(id)) ? id : undefined;
  } catch {
    return undefined; // Closed since: open a new one.
  }
}

/** Opens (or brings to the front) the panel window of a tab; resolves with its window id. */
export async function openPanelWindow(path: string, tabId: number): Promise<number> {
  const known = await existingWindow(tabId);
  if (known !== undefined) {
    await browser.windows.update(known, { focused: true });
    return known;
  }
  const created = await browser.windows.create({
    url: browser.runtime.getURL(`/${path}` as '/sidepanel.html'),
    type: 'popup',
    ...PANEL_WINDOW,
  });
  if (created?.id === undefined) throw new Error('The browser did not open the panel window');
  await browser.storage.session.set({ [keyFor(tabId)]: created.id });
  return created.id;
}
