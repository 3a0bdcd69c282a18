import { browser } from 'wxt/browser';

/**
 * Runs `handler` when the extension is installed for the first time (not on an update or a
 * browser update): the moment a new user needs to be shown where to start.
 */
export function onFirstInstall(handler: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') handler();
  });
}
