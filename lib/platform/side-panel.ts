import { browser } from 'wxt/browser';
import { showTabRecordInPanel } from './panel-request';
import { openPanelWindow } from './panel-window';

// The one place that knows how each browser shows the panel. Chrome has a side panel per tab
// (`sidePanel`); Firefox has a sidebar (`sidebarAction`) that follows the active tab, and the
// toolbar button is `action` in MV3 but `browserAction` in MV2. Everything is detected from the
// API the browser actually has, never from a build flag, so a build can't call an API that
// the browser running it lacks.

/** Firefox's sidebar API (not in Chrome's types, which wxt/browser uses). */
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
  isOpen?(details: { windowId?: number }): Promise<boolean>;
}

interface ToolbarButton {
  onClicked: { addListener(listener: () => void): void };
}

type Apis = {
  sidePanel?: typeof browser.sidePanel;
  sidebarAction?: SidebarAction;
  action?: ToolbarButton;
  browserAction?: ToolbarButton;
};
const apis = () => browser as unknown as Apis;

export type PanelKind = 'side-panel' | 'sidebar' | 'none';

/** Which panel this browser has: Chrome's side panel, Firefox's sidebar, or neither. */
export function panelKind(): PanelKind {
  const { sidePanel, sidebarAction } = apis();
  if (typeof sidePanel?.open === 'function') return 'side-panel';
  if (typeof sidebarAction?.open === 'function') return 'sidebar';
  return 'none';
}

const panelPathFor = (tabId: number) => `sidepanel.html?tabId=${tabId}`;

/** The toolbar button (and its keyboard command) opens the panel. */
export async function bindToolbarButtonToPanel(): Promise<void> {
  const { sidePanel, sidebarAction, action, browserAction } = apis();
  if (panelKind() === 'side-panel') {
    await sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  // A click on the toolbar button is a user action, so Firefox lets it toggle the sidebar.
  const button = action ?? browserAction;
  if (sidebarAction && button)
    button.onClicked.addListener(() => {
      sidebarAction.toggle().catch(() => {});
    });
}

/** Binds the tab's panel to that tab; done when detection arrives, before any click. */
export async function prepareSidePanel(tabId: number): Promise<void> {
  if (panelKind() !== 'side-panel') return;
  await browser.sidePanel.setOptions({ tabId, path: panelPathFor(tabId), enabled: true });
}

export type PanelOpened = 'side-panel' | 'sidebar' | 'window';

/**
 * Opens the panel of a tab after a click on the badge in its page. Chrome: must run
 * synchronously inside the handler of the relayed click (any await before it loses the
 * gesture). Firefox refuses `sidebarAction.open()` outside its own user-input handlers, and a
 * click relayed from a content script is not one: when the sidebar of the tab's window is
 * already open, it is brought to the tab's person (it may show Home or another page); else the
 * panel opens in a small window bound to the tab, so the click always shows something.
 */
export function openSidePanel(tabId: number, windowId?: number): Promise<PanelOpened> {
  const { sidePanel, sidebarAction } = apis();
  if (sidePanel && panelKind() === 'side-panel')
    return sidePanel.open({ tabId }).then(() => 'side-panel' as const);
  const inWindow = () => openPanelWindow(panelPathFor(tabId), tabId).then(() => 'window' as const);
  if (!sidebarAction) return inWindow();
  const inSidebar = () => showTabRecordInPanel(tabId).then(() => 'sidebar' as const);
  return sidebarAction.open().then(inSidebar, async () => {
    const open = await sidebarAction.isOpen?.(windowId === undefined ? {} : { windowId });
    return open ? inSidebar() : inWindow();
  });
}
