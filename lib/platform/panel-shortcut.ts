import { browser } from 'wxt/browser';

/** The manifest's suggested shortcut for opening the panel (wxt.config.ts). */
export const SUGGESTED_PANEL_SHORTCUT = 'Alt+Shift+U';

/**
 * The keyboard shortcut that opens the panel as the browser has it now: the user may have
 * changed it, or the browser may not have assigned it (another extension holds it): then ''.
 */
export async function panelShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  const open = commands.find(
    (c) => c.name === '_execute_action' || c.name === '_execute_sidebar_action',
  );
  return open?.shortcut ?? '';
}
