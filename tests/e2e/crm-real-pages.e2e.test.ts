import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeTexts } from './harness/badge-text';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { type CrmServer, hostResolverRules, spaRoute, startCrmServer } from './harness/crm-server';
import { waitForDemoTypes } from './harness/demo-types';

// Detection on pages modelled on the live CRMs (tests/fixtures/crm, sources in each file's
// opening comment), in real Chromium on the real host names, against the demo workspace the
// extension syncs on install (Ada Lovelace: Power user; Grace Hopper: Inactive).

const WAIT = { timeout: 60_000 };
const PAGES = {
  pipedrive: {
    host: 'northwind.pipedrive.com',
    fixture: 'pipedrive-person-hidden-previous.html',
    path: '/person/501',
  },
  salesforce: {
    host: 'northwind.lightning.force.com',
    fixture: 'salesforce-native-shadow.html',
    path: '/lightning/r/Contact/003Dm000009AdaLAAS/view',
  },
  zoho: {
    host: 'crm.zoho.jp',
    fixture: 'zoho-contact-current-ada.html',
    path: '/crm/tab/Contacts/5550001',
  },
  zohoNextGen: {
    host: 'crm.zoho.com',
    fixture: 'zoho-contact-nextgen.html',
    path: '/crm/org123/tab/Contacts/5550001',
  },
  freshsales: {
    host: 'northwind.myfreshworks.com',
    fixture: 'freshsales-contact-entity-card.html',
    path: '/crm/sales/contacts/9001',
  },
  intercomInbox: {
    host: 'app.intercom.com',
    fixture: 'intercom-inbox-teammate-app.html',
    path: '/a/inbox/abc123/inbox/shared/all/conversation/216',
  },
  intercom: {
    host: 'app.intercom.com',
    fixture: 'intercom-inbox-conversation.html',
    path: '/a/inbox/abc123/inbox/shared/all/conversation/215',
  },
};

describe('CRM pages modelled on the live apps, in Chromium', () => {
  let crm: CrmServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    const pages = Object.values(PAGES);
    // Two pages on one host (Intercom): each served on its own path, the longest first.
    const byPath = [...pages].sort((a, b) => b.path.length - a.path.length);
    crm = await startCrmServer(
      [...new Set(pages.map((p) => p.host))],
      byPath.map((p) => {
        const route = spaRoute(p.host, p.fixture);
        const samePage = pages.filter((q) => q.host === p.host).length === 1;
        return (req, res, url) => (samePage || url.pathname === p.path) && route(req, res, url);
      }),
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

  /** Opens a CRM page and the panel bound to its tab. */
  async function open(which: keyof typeof PAGES): Promise<{ tab: Page; panel: Page }> {
    const { host, path } = PAGES[which];
    const tab = await browser.context.newPage();
    await tab.goto(`https://${host}${path}`);
    const tabId = await browser.tabIdOf(tab);
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    return { tab, panel };
  }

  it('Pipedrive: the visible person, not the previous one kept hidden in the page', async () => {
    const { tab, panel } = await open('pipedrive');
    await expect.poll(() => badgeTexts(tab), WAIT).toEqual([expect.stringContaining('Power user')]);
    const userPage = panel.getByRole('article', { name: 'User page' });
    await userPage.getByRole('heading', { name: 'Ada Lovelace' }).waitFor(WAIT);
    expect(await panel.getByText('Grace Hopper').count()).toBe(0);
    await panel.close();
    await tab.close();
  });

  it('Salesforce on native shadow DOM: the right person, badge beside the name', async () => {
    const { tab, panel } = await open('salesforce');
    await expect.poll(() => badgeTexts(tab), WAIT).toEqual([expect.stringContaining('Power user')]);
    await panel
      .getByRole('article', { name: 'User page' })
      .getByRole('heading', { name: 'Ada Lovelace' })
      .waitFor(WAIT);
    await panel.close();
    await tab.close();
  });

  it.each([
    ['zohoNextGen', 'Ada Lovelace', 'Power user'],
    ['freshsales', 'Ada Lovelace', 'Power user'],
    ['intercomInbox', 'Grace Hopper', 'Inactive'],
  ] as const)(
    '%s: read by its layout, the right person with a badge',
    async (which, name, type) => {
      const { tab, panel } = await open(which);
      await expect.poll(() => badgeTexts(tab), WAIT).toEqual([expect.stringContaining(type)]);
      await panel
        .getByRole('article', { name: 'User page' })
        .getByRole('heading', { name })
        .waitFor(WAIT);
      expect(await panel.getByRole('region', { name: 'Possible match' }).count()).toBe(0);
      await panel.close();
      await tab.close();
    },
  );

  it('an unknown layout: asks first, no badge until confirmed, and the answer sticks on reload', async () => {
    const { tab, panel } = await open('zoho');
    const question = panel.getByRole('region', { name: 'Possible match' });
    await question
      .getByText(/Is this Ada Lovelace, ada\.lovelace@northwind\.example\?/)
      .waitFor(WAIT);
    expect(await badgeTexts(tab)).toEqual([]);
    expect(await panel.getByRole('article', { name: 'User page' }).count()).toBe(0);

    await question.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => badgeTexts(tab), WAIT).toEqual([expect.stringContaining('Power user')]);
    await panel
      .getByRole('article', { name: 'User page' })
      .getByRole('heading', { name: 'Ada Lovelace' })
      .waitFor(WAIT);

    await tab.reload();
    await expect.poll(() => badgeTexts(tab), WAIT).toEqual([expect.stringContaining('Power user')]);
    await panel
      .getByRole('article', { name: 'User page' })
      .getByRole('heading', { name: 'Ada Lovelace' })
      .waitFor(WAIT);
    expect(await panel.getByRole('region', { name: 'Possible match' }).count()).toBe(0);
    await panel.close();
    await tab.close();
  });

  it('a page it cannot read: says so, offers its emails, and a page report without names or emails', async () => {
    const { tab, panel } = await open('intercom');
    await panel.getByText("Couldn't read this page").waitFor(WAIT);
    const emails = panel.getByRole('region', { name: 'Emails on this page' });
    await emails.getByRole('button', { name: 'maya.chen@northwind.example' }).waitFor(WAIT);
    expect(await badgeTexts(tab)).toEqual([]);

    await panel.getByRole('button', { name: 'Copy page report' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /Copied|did not allow/ })
      .waitFor(WAIT);
    await panel.getByText('What the report holds').click();
    const report = (await panel.getByTestId('page-report-text').textContent()) ?? '';
    expect(report).toContain('#shadow-root');
    expect(report).toContain('inbox-app');
    expect(report).not.toContain('@');
    for (const word of ['maya', 'chen', 'sam', 'rivera', 'billing', 'northwind'])
      expect(report.toLowerCase()).not.toContain(word);
    await panel.close();
    await tab.close();
  });
});
