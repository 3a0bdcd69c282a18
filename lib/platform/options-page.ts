import { browser } from 'wxt/browser';

/** Opens the extension's settings page (where every queued change can be reviewed). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The query flag that makes the settings page open with its short welcome. */
export const WELCOME_PARAM = 'welcome';

/** Opens the settings page in a tab with the first-install welcome shown above the settings. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html?${WELCOME_PARAM}=1`) });
}
