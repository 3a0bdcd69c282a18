import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { type CrmServer, hostResolverRules, spaRoute, startCrmServer } from './harness/crm-server';

describe('the built extension in Chromium', () => {
  let crm: CrmServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    crm = await startCrmServer(
      ['app.hubspot.com'],
      [spaRoute('app.hubspot.com', 'hubspot-smoke.html')],
    );
    browser = await launchWithExtension({ hostResolverRules: hostResolverRules(crm) });
  });
  afterAll(async () => {
    await browser?.close();
    await crm?.close();
  });

  it('opens the side panel page', async () => {
    const page = await browser.openExtensionPage('sidepanel.html');
    await expect(page.title()).resolves.toBe('User page');
    await page.close();
  });

  it('opens the options page', async () => {
    const page = await browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.close();
  });

  it('runs the content script on a real CRM host', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://app.hubspot.com/contacts/123/record/0-1/456');
    // The content script leaves no marker in the page; it is seen running by its report to
    // the worker, stored for this tab.
    const tabId = await browser.tabIdOf(page);
    const sw = await browser.worker();
    await expect
      .poll(
        () =>
          sw.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`),
        { timeout: 30_000 },
      )
      .toMatchObject({ crm: 'hubspot', page: 'contact' });
    expect(await page.locator('html').getAttribute('data-user-page-ready')).toBeNull();
    await expect(page.locator('h1').textContent()).resolves.toBe('HubSpot');
    await page.close();
  });
});
