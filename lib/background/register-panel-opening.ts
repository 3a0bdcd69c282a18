import { browser } from 'wxt/browser';

/** The toolbar button (and its keyboard command) opens the panel: side panel in Chrome, sidebar in Firefox. */
export function registerPanelOpening(): void {
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => {
      void (
        browser as unknown as { sidebarAction: { toggle(): Promise<void> } }
      ).sidebarAction.toggle();
    });
    return;
  }
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
}
