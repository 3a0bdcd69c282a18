import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildOutDir } from '../../../lib/domain/build-out-dir';

// The built Firefox extension (.output/firefox-mv3) in real Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi (Firefox has no CDP). The extension gets a fixed
// moz-extension UUID so its pages have a known address.

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(
  buildOutDir(process.env.WXT_OUT_DIR, new URL('../../../.output/', import.meta.url).pathname),
  'firefox-mv3',
);
export const GECKO_ID = 'user-page@example.com';
const EXTENSION_UUID = '6c0f3b8e-2a4d-4f61-9e57-1d2b3c4a5e6f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens an extension page, e.g. `sidepanel.html?tabId=3` or `options.html`, in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** Firefox's tab id of the tab showing `url` (asked from an extension page). */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** A PAC script URL (see startHostProxy) that maps test host names to local servers. */
  pacUrl?: string;
  /** An X display (e.g. Xvfb's): a visible window, for pictures of the browser's own UI. */
  display?: string;
}

/**
 * Extension pages send no load event over BiDi: navigate without waiting, then poll until the
 * page (not the about:blank before it) has loaded.
 */
export async function waitForDocument(page: Page, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page
      .evaluate(() => (location.protocol === 'moz-extension:' ? document.readyState : 'blank'))
      .catch(() => 'loading');
    if (state === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${page.url()} never finished loading`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function launchFirefoxWithExtension(
  options: FirefoxOptions = {},
): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: !options.display,
    ...(options.display
      ? {
          env: { ...process.env, DISPLAY: options.display },
          defaultViewport: null,
          args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
        }
      : { args: ['--remote-allow-system-access'] }),
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Grants optional permissions without the doorhanger a test cannot click; the request
      // itself still has to come from a user action, as for a real user.
      'extensions.webextOptionalPermissionPrompts': false,
      ...(options.pacUrl
        ? { 'network.proxy.type': 2, 'network.proxy.autoconfig_url': options.pacUrl }
        : {}),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    await page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: 2_000 }).catch(() => {});
    await waitForDocument(page);
    return page;
  };
  let control: Page | undefined;

  return {
    browser,
    openExtensionPage,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      return page;
    },
    async tabIdOf(url) {
      control ??= await openExtensionPage('options.html');
      const id = await control.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (id === undefined) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async close() {
      await browser.close();
    },
  };
}
