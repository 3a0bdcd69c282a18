import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeSnapshot, badgeTexts } from './harness/badge-text';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { type CrmServer, hostResolverRules, spaRoute, startCrmServer } from './harness/crm-server';
import { waitForDemoTypes } from './harness/demo-types';

// CRM detection in real Chromium on the real CRM host names: open contact A (Ada Lovelace),
// navigate inside the single-page app to contact B (Grace Hopper) while the old record stays on
// screen and the new one renders late, and check that the inline badge and the panel bound to
// the tab show B, and never A under B's URL. People come from the demo workspace the extension
// syncs on install.

const WAIT = { timeout: 60_000 };
const ADA = { name: 'Ada Lovelace', badge: 'Power user' };
const GRACE = { name: 'Grace Hopper', badge: 'Inactive' };

const FAMILIES = [
  {
    crm: 'HubSpot',
    host: 'app.hubspot.com',
    fixture: 'spa/hubspot-spa.html',
    a: '/contacts/21500012/record/0-1/501',
    b: '/contacts/21500012/record/0-1/502',
  },
  {
    crm: 'Salesforce',
    host: 'northwind.lightning.force.com',
    fixture: 'spa/salesforce-spa.html',
    a: '/lightning/r/Contact/003Dm000009AdaLAAS/view',
    b: '/lightning/r/Contact/003Dm000009GrHpAAK/view',
  },
  {
    crm: 'Pipedrive',
    host: 'northwind.pipedrive.com',
    fixture: 'spa/pipedrive-spa.html',
    a: '/person/501',
    b: '/person/502',
  },
];

/** The badge's words as the CRM page's user reads them (inside its closed shadow root). */
const badgeText = (page: Page) => badgeTexts(page);

describe('CRM detection in Chromium', () => {
  let crm: CrmServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    crm = await startCrmServer(
      FAMILIES.map((f) => f.host),
      FAMILIES.map((f) => spaRoute(f.host, f.fixture)),
    );
    browser = await launchWithExtension({ hostResolverRules: hostResolverRules(crm) });
    const page = await browser.openExtensionPage('sidepanel.html');
    await waitForDemoTypes(page);
    await page.close();
    // The install-time demo sync can take a minute on a busy 2-core machine.
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await crm?.close();
  });

  it('ships one content script per site, each at most 24 KB, without a framework, zod or Dexie', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['hubspot.js', 'salesforce.js', 'intercom.js']));
    for (const name of files) {
      const file = join(dir, name);
      expect(statSync(file).size, name).toBeLessThanOrEqual(24 * 1024);
      const code = readFileSync(file, 'utf8');
      for (const marker of ['react', 'ZodError', 'Dexie', 'createElement("div",{'])
        expect(code.includes(marker), `${name}: ${marker}`).toBe(false);
    }
    // Each site carries its own reader only: Salesforce's selectors are not in HubSpot's.
    expect(readFileSync(join(dir, 'hubspot.js'), 'utf8')).not.toContain('records-highlights2');
    expect(readFileSync(join(dir, 'salesforce.js'), 'utf8')).toContain('records-highlights2');
  });

  for (const family of FAMILIES) {
    it(`${family.crm}: A, then B by client-side navigation with a late render`, async () => {
      const tab = await browser.context.newPage();
      await tab.goto(`https://${family.host}${family.a}`);
      const tabId = await browser.tabIdOf(tab);

      // A: badge beside the name, and the panel bound to the tab shows A.
      await expect.poll(() => badgeText(tab), WAIT).toEqual([expect.stringContaining(ADA.badge)]);
      const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      const userPage = panel.getByRole('article', { name: 'User page' });
      await userPage.getByRole('heading', { name: ADA.name }).waitFor(WAIT);
      const sw = await browser.worker();
      const options = await sw.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tabId);
      expect(options).toMatchObject({ path: `sidepanel.html?tabId=${tabId}`, enabled: true });

      // Record, as often as a DOM snapshot allows in the CRM page (the badge's root is closed)
      // and every 25 ms in the panel, what is shown where.
      await tab.bringToFront();
      const pageSamples: { url: string; badges: string[] }[] = [];
      let sampling = true;
      const sampler = (async () => {
        while (sampling) pageSamples.push(await badgeSnapshot(tab));
      })();
      await panel.evaluate((key) => {
        const w = window as unknown as { samples: unknown[] };
        w.samples = [];
        setInterval(async () => {
          const stored = (await chrome.storage.session.get(key))[key] as
            | { url: string; person?: { name?: string } }
            | undefined;
          w.samples.push({
            at: performance.now(),
            url: stored?.url ?? '',
            person: stored?.person?.name,
            heading: document.querySelector('article[aria-label="User page"] h1')?.textContent,
          });
        }, 25);
      }, `tab:${tabId}`);

      await tab.locator(`a[data-spa][href="${family.b}"]`).click();

      // B: the badge and the panel show Grace.
      await expect.poll(() => badgeText(tab), WAIT).toEqual([expect.stringContaining(GRACE.badge)]);
      await userPage.getByRole('heading', { name: GRACE.name }).waitFor(WAIT);

      // Never A's badge under B's URL, and never more than one badge.
      sampling = false;
      await sampler;
      expect(pageSamples.length).toBeGreaterThan(10);
      expect(pageSamples.filter((s) => s.badges.length > 1)).toEqual([]);
      const underB = pageSamples.filter((s) => s.url === family.b);
      expect(underB.length).toBeGreaterThan(0);
      expect(underB.filter((s) => s.badges.some((b) => b.includes(ADA.badge)))).toEqual([]);

      // The tab's stored person is never A under B's URL; the panel stops showing A at once
      // (within two samples of the worker storing B's URL: render time, not the 1.2 s render).
      const panelSamples = (await panel.evaluate(
        () => (window as unknown as { samples: unknown[] }).samples,
      )) as { at: number; url: string; person?: string; heading?: string }[];
      const bUrl = `https://${family.host}${family.b}`;
      expect(panelSamples.filter((s) => s.url === bUrl && s.person === ADA.name)).toEqual([]);
      const firstB = panelSamples.find((s) => s.url === bUrl);
      expect(firstB).toBeDefined();
      const late = panelSamples.filter(
        (s) => firstB && s.at > firstB.at + 60 && s.url === bUrl && s.heading === ADA.name,
      );
      expect(late).toEqual([]);
      expect(panelSamples.at(-1)).toMatchObject({ url: bUrl, person: GRACE.name });

      await panel.close();
      await tab.close();
    });
  }
});
