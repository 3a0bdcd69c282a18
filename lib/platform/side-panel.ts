import { browser } from 'wxt/browser';

// Chrome's side panel per tab. Firefox has a sidebar instead (toggled by the toolbar button
// and the command); these calls do nothing there.

const hasSidePanel = () =>
  !import.meta.env.FIREFOX && typeof browser.sidePanel?.open === 'function';

export const panelPathFor = (tabId: number) => `sidepanel.html?tabId=${tabId}`;

/** Binds the tab's panel to that tab; done when detection arrives, before any click. */
export async function prepareSidePanel(tabId: number): Promise<void> {
  if (!hasSidePanel()) return;
  await browser.sidePanel.setOptions({ tabId, path: panelPathFor(tabId), enabled: true });
}

/**
 * Opens the panel of a tab. Must be called synchronously inside the handler of the user's
 * gesture (the badge click message): any await before it loses the gesture.
 */
export function openSidePanel(tabId: number): Promise<void> {
  if (hasSidePanel()) return browser.sidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  return sidebar ? sidebar.open() : Promise.resolve();
}
