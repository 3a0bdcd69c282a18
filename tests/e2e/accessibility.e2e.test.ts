import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/axe-check';
import { type SyncServer, startSyncServer } from '../support/sync-server';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import {
  type CrmServer,
  FIXTURES_DIR,
  hostResolverRules,
  startCrmServer,
} from './harness/crm-server';
import { readExtensionRow, waitUntil } from './harness/extension-db';
import { seedPanelWorkspace } from './panel-workspace';

// axe-core's WCAG 2.2 A and AA rules on every panel page, light and dark, at side-panel widths,
// and on the settings page: no serious or critical violation. The pages are the ones a rep
// sees on a synced workspace (the test sync server's small one).

const WAIT = { timeout: 60_000 };
const HUBSPOT = 'app.hubspot.com';
const ADA_URL = `https://${HUBSPOT}/contacts/21500012/record/0-1/501`;

describe('accessibility (axe-core, WCAG 2.2 A/AA) in Chromium', () => {
  let sync: SyncServer;
  let crm: CrmServer;
  let browser: ExtensionBrowser;
  let control: Page;
  let panel: Page;

  beforeAll(async () => {
    sync = await startSyncServer({ token: 'a11y-token' });
    seedPanelWorkspace(sync.state, new Date());
    crm = await startCrmServer(
      [HUBSPOT],
      [
        (req, res, url) => {
          if (req.headers.host?.split(':')[0] !== HUBSPOT || !url.pathname.endsWith('/501'))
            return false;
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(readFileSync(join(FIXTURES_DIR, 'hubspot-contact.html')));
          return true;
        },
      ],
    );
    browser = await launchWithExtension({ hostResolverRules: hostResolverRules(crm) });
    control = await browser.openExtensionPage('options.html');
    const reply = await control.evaluate(
      (config) => chrome.runtime.sendMessage({ type: 'source/set', config, discardOutbox: true }),
      { kind: 'http', baseUrl: sync.url, token: 'a11y-token' },
    );
    expect(reply).toMatchObject({ ok: true });
    await waitUntil(
      async () => {
        const stats = (await readExtensionRow(control, 'userStats', 'u-ada')) as
          | { types?: string[] }
          | undefined;
        return stats?.types?.includes('power') ?? false;
      },
      async () => 'the workspace never synced from the test server',
      60_000,
    );
    const tab = await browser.context.newPage();
    await tab.goto(ADA_URL);
    const tabId = await browser.tabIdOf(tab);
    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 1000 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  });

  afterAll(async () => {
    await browser?.close();
    await crm?.close();
    await sync?.close();
  });

  /** Light and dark, each at 400 and 320 px. */
  async function checkBothThemes(where: string): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      for (const width of [400, 320]) {
        await panel.setViewportSize({ width, height: 1000 });
        await expectAccessible(panel, `${where}, ${scheme}, ${width} px`);
      }
    }
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.setViewportSize({ width: 400, height: 1000 });
  }

  it('the user page, its charts loaded', async () => {
    const page = panel.getByRole('article', { name: 'User page' });
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
    await page.locator('.recharts-surface').first().waitFor(WAIT);
    await page.getByRole('list', { name: 'Top features' }).waitFor(WAIT);
    await checkBothThemes('user page');
  });

  it('the Add to cadence dialog, both steps', async () => {
    await panel.getByRole('button', { name: 'Add to cadence' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Add to cadence' });
    await dialog.getByRole('radio').first().waitFor(WAIT);
    await checkBothThemes('Add to cadence, choose');
    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Add to cadence' }).waitFor(WAIT);
    await checkBothThemes('Add to cadence, confirm');
    await panel.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', ...WAIT });
  });

  it('search results', async () => {
    await panel.getByRole('searchbox', { name: 'Find a user' }).fill('north');
    await panel.getByRole('list', { name: 'Matching users' }).waitFor(WAIT);
    await checkBothThemes('search results');
    await panel
      .getByRole('list', { name: 'Matching users' })
      .getByRole('button', { name: /Ada Lovelace/ })
      .click();
    await panel.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
  });

  it('the account page', async () => {
    await panel.getByRole('button', { name: 'Northwind Traders' }).first().click();
    const account = panel.getByRole('article', { name: 'Account' });
    await account.getByRole('heading', { name: 'Northwind Traders' }).waitFor(WAIT);
    await account.getByRole('table').first().waitFor(WAIT);
    await checkBothThemes('account page');
  });

  it('the home', async () => {
    await panel.getByRole('button', { name: /Home/ }).first().click();
    await panel
      .getByRole('heading', { name: /What changed|Recently viewed|My accounts/ })
      .first()
      .waitFor(WAIT);
    await checkBothThemes('home');
  });

  it('the settings page, and its confirmations open', async () => {
    await control.reload();
    await control.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
    const both = async (where: string) => {
      for (const scheme of ['light', 'dark'] as const) {
        await control.emulateMedia({ colorScheme: scheme });
        await expectAccessible(control, `${where}, ${scheme}`);
      }
      await control.emulateMedia({ colorScheme: 'light' });
    };
    await both('settings');
    await control.getByRole('button', { name: 'Reset local data' }).click();
    const reset = control.getByRole('alertdialog', { name: 'Reset local data?' });
    await reset.waitFor(WAIT);
    await both('settings, reset confirmation');
    await reset.getByRole('button', { name: 'Cancel' }).click();
    await control.getByRole('radio', { name: 'Demo workspace' }).check();
    await control.getByRole('button', { name: 'Use the demo workspace' }).click();
    const dialog = control.getByRole('alertdialog', { name: /Switch the data source/ });
    await dialog.waitFor(WAIT);
    await both('settings, source switch confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});
