import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { buildOutDir } from '../../../lib/domain/build-out-dir';

export const EXTENSION_DIR = join(
  buildOutDir(process.env.WXT_OUT_DIR, new URL('../../../.output/', import.meta.url).pathname),
  'chrome-mv3',
);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker (evaluate chrome.* calls in it). */
  worker(): Promise<Worker>;
  /** Opens an extension page, e.g. `sidepanel.html?tabId=3` or `options.html`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Chrome's tab id of a Playwright page (by its URL). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra --host-resolver-rules, e.g. from hostResolverRules(crmServer). */
  hostResolverRules?: string;
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
}

/** Headless Chromium with the built extension loaded, on a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'crm-profile-'));
  const args = [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
    '--ignore-certificate-errors',
  ];
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 800 },
  });
  const worker = async () =>
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL((await worker()).url()).host;

  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async tabIdOf(page) {
      const sw = await worker();
      const url = page.url();
      const id = await sw.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (id === undefined) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
