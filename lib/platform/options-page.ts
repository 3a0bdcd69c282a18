import { browser } from 'wxt/browser';

/** Opens the extension's settings page (where every queued change can be reviewed). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
