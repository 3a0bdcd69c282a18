import { browser } from 'wxt/browser';
import { syncSiteScripts } from '../platform/opt-in-sites';

/**
 * Keeps the opt-in sites' content scripts in step with their host permissions: at start-up
 * (registrations may not outlive the browser session) and whenever a permission is granted or
 * removed, here or in the browser's own settings.
 */
export function registerOptInSites(): void {
  const sync = () => {
    syncSiteScripts().catch((e: unknown) => console.warn('Opt-in sites not registered', e));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
