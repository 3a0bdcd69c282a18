import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/axe-check';
import { type SyncServer, startSyncServer } from '../support/sync-server';
import { badgeTexts } from './harness/badge-text';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import {
  type CrmRoute,
  type CrmServer,
  FIXTURES_DIR,
  hostResolverRules,
  startCrmServer,
} from './harness/crm-server';
import { seedPanelWorkspace } from './panel-workspace';

// A new user's first minutes, in real Chromium: a fresh install (demo data), then a real
// workspace whose first sync is held half-way by the test server. Whatever the CRM badge and
// the panel show before that sync ends must hold no verdict (no type, no "not a product
// user"). Then the panel is used with the keyboard only, and the README's screenshots are
// taken (tests/e2e/screenshots/, committed).

const WAIT = { timeout: 60_000 };
/** The install-time demo sync competes for two shared cores with other suites. */
const SLOW = { timeout: 240_000 };
const HUBSPOT = 'app.hubspot.com';
const ADA_URL = `https://${HUBSPOT}/contacts/21500012/record/0-1/501`;
const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const VERDICT = /Power user|Influencer|Inactive|Zombie|not a product user|No product user/i;

function hubspotRoute(): CrmRoute {
  return (req, res, url) => {
    if (req.headers.host?.split(':')[0] !== HUBSPOT || !url.pathname.endsWith('/501')) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(FIXTURES_DIR, 'hubspot-contact.html')));
    return true;
  };
}

/** One meta row of the extension's database, read without extension code. */
function readMeta(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('user-page');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise((resolve, reject) => {
        const r = db.transaction('meta', 'readonly').objectStore('meta').get(k);
        r.onsuccess = () => resolve((r.result as { value?: unknown } | undefined)?.value);
        r.onerror = () => reject(r.error);
      });
    } finally {
      db.close();
    }
  }, key);
}

/** The badge's words on the CRM page (inside its shadow root). */
/** The badge's words as the CRM page's user reads them (inside its closed shadow root). */
const badgeText = (page: Page) => badgeTexts(page);

/** Presses Tab (keyboard only) until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describe('the first minutes, in Chromium', () => {
  let sync: SyncServer;
  let crm: CrmServer;
  let browser: ExtensionBrowser;
  let control: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    sync = await startSyncServer({ token: 'ux-token', pageSize: 20 });
    seedPanelWorkspace(sync.state, new Date());
    crm = await startCrmServer([HUBSPOT], [hubspotRoute()]);
    browser = await launchWithExtension({ hostResolverRules: hostResolverRules(crm) });
    control = await browser.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await browser?.close();
    await crm?.close();
    await sync?.close();
  });

  it(
    'a fresh install shows the demo data, labelled, with a way to the settings',
    SLOW,
    async () => {
      await expect.poll(() => readMeta(control, 'derivedDay'), SLOW).toBeTruthy();
      // A tab with no CRM record: the panel's empty state.
      const tabId = 999_999;
      const panel = await browser.context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.getByRole('button', { name: 'Demo data' }).waitFor(WAIT);
      await panel.getByRole('button', { name: 'Settings' }).waitFor(WAIT);
      await panel.screenshot({ path: join(SHOTS, 'empty-panel-demo.png') });
      await expectAccessible(panel, 'the demo panel on a page with no record');
      await panel.close();
      // The welcome a fresh install opens: how to open the panel, and a sample person.
      const welcome = await browser.openExtensionPage('options.html?welcome=1');
      await welcome.setViewportSize({ width: 900, height: 700 });
      await welcome.getByRole('button', { name: /^Open .+ in the panel$/ }).waitFor(SLOW);
      await welcome.screenshot({ path: join(SHOTS, 'first-run.png') });
      await welcome.close();
    },
  );

  it(
    'during the first sync of a real workspace, never a type or "not a product user"',
    SLOW,
    async () => {
      // The second page of the feed is held: Ada (page one) is known, her activity is not.
      sync.faults.add({ on: 'pull', kind: 'hold', skip: 1 });
      const reply = await control.evaluate(
        (config) => chrome.runtime.sendMessage({ type: 'source/set', config, discardOutbox: true }),
        { kind: 'http', baseUrl: sync.url, token: 'ux-token' },
      );
      expect(reply).toMatchObject({ ok: true });
      expect(await readMeta(control, 'derivedDay')).toBeUndefined();

      const tab = await browser.context.newPage();
      await tab.goto(ADA_URL);
      const tabId = await browser.tabIdOf(tab);
      const panel = await browser.context.newPage();
      await panel.setViewportSize({ width: 400, height: 1000 });
      // Everything the panel ever shows is recorded, from its first paint.
      await panel.addInitScript(() => {
        const w = window as unknown as { seen: string[] };
        w.seen = [];
        new MutationObserver(() => w.seen.push(document.body?.innerText ?? '')).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.getByRole('region', { name: 'Still syncing' }).waitFor(WAIT);
      await expect
        .poll(() => sync.requests.filter((r) => r.includes('/v1/changes')).length, WAIT)
        .toBeGreaterThanOrEqual(2);
      // The badge is there, without a verdict.
      await expect.poll(() => badgeText(tab), WAIT).toEqual(['Syncing…']);
      await panel.screenshot({ path: join(SHOTS, 'first-sync.png') });
      await expectAccessible(panel, 'the panel during a first sync');
      const seenBefore = (await panel.evaluate('window.seen')) as string[];
      expect(seenBefore.length).toBeGreaterThan(0);
      expect(seenBefore.filter((t) => VERDICT.test(t))).toEqual([]);
      expect(await badgeText(tab)).toEqual(['Syncing…']);

      sync.faults.release();
      const badges = panel.getByRole('list', { name: 'User type' });
      await expect
        .poll(() => badges.locator('.badge').allInnerTexts(), WAIT)
        .toEqual(['Power user', 'Influencer', 'Active']);
      await expect
        .poll(() => badgeText(tab), WAIT)
        .toEqual([expect.stringContaining('Power user')]);
      await panel.close();
      await tab.close();
    },
  );

  it('keyboard only: search, open, write a note, add to a cadence, filter the account by type', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(ADA_URL);
    const tabId = await browser.tabIdOf(tab);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);

    // Open a user from the header search.
    const search = panel.getByRole('searchbox', { name: 'Find a user' });
    await tabTo(panel, search);
    await panel.keyboard.type('grace');
    await panel.getByRole('list', { name: 'Matching users' }).waitFor(WAIT);
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    const grace = panel.getByRole('heading', { level: 1, name: 'Grace Hopper' });
    await grace.waitFor(WAIT);
    await expect.poll(() => focused(grace), WAIT).toBe(true);

    // Write a note.
    await tabTo(panel, panel.getByRole('button', { name: 'New note' }));
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => focused(panel.getByRole('textbox', { name: 'Title' })), WAIT)
      .toBe(true);
    await panel.keyboard.type('Keyboard note');
    await panel.keyboard.press('Tab');
    await panel.keyboard.type('Written without a mouse.');
    await tabTo(panel, panel.getByRole('button', { name: 'Save' }));
    await panel.keyboard.press('Enter');
    await panel.getByRole('article', { name: 'Keyboard note' }).waitFor(WAIT);
    await expect
      .poll(() => sync.pushes.filter((p) => p.path.startsWith('/v1/notes/')).length, WAIT)
      .toBe(1);

    // Add to a cadence.
    await tabTo(panel, panel.getByRole('button', { name: 'Add to cadence' }));
    await panel.keyboard.press('Enter');
    const dialog = panel.getByRole('dialog', { name: 'Add to cadence' });
    await dialog.waitFor(WAIT);
    await tabTo(panel, dialog.getByRole('radio', { name: /Onboarding check-in/ }));
    await panel.keyboard.press('Space');
    await tabTo(panel, dialog.getByRole('button', { name: 'Next' }));
    await panel.keyboard.press('Enter');
    await tabTo(panel, dialog.getByRole('button', { name: 'Add to cadence' }));
    await panel.keyboard.press('Enter');
    await panel
      .getByText('Grace Hopper was added to the cadence “Onboarding check-in”.')
      .waitFor(WAIT);
    await expect
      .poll(() => sync.pushes.filter((p) => p.path.startsWith('/v1/enrollments/')).length, WAIT)
      .toBe(1);

    // Open her account and filter its users by type with a tile.
    await tabTo(panel, panel.getByRole('button', { name: 'Northwind Traders' }));
    await panel.keyboard.press('Enter');
    const account = panel.getByRole('heading', { level: 1, name: 'Northwind Traders' });
    await account.waitFor(WAIT);
    await expect.poll(() => focused(account), WAIT).toBe(true);
    const zombies = panel.getByRole('button', { name: /^2 Zombie\b/ });
    await tabTo(panel, zombies);
    await panel.keyboard.press('Enter');
    const rows = panel
      .getByRole('table', { name: 'Users of Northwind Traders' })
      .locator('button.row-open');
    await expect
      .poll(() => rows.allInnerTexts(), WAIT)
      .toEqual(['Margaret Hamilton', 'Radia Perlman']);
    await panel.close();
    await tab.close();
  });

  it('saves the README screenshots: user page top (light, dark) and the account at 400 px', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(ADA_URL);
    const tabId = await browser.tabIdOf(tab);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('list', { name: 'User type' }).waitFor(WAIT);
    await panel.locator('.recharts-surface').first().waitFor(WAIT);
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.screenshot({ path: join(SHOTS, 'user-page-top.png') });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: join(SHOTS, 'user-page-dark.png') });
    await panel.emulateMedia({ colorScheme: 'light' });

    const search = panel.getByRole('searchbox', { name: 'Find a user' });
    await search.fill('north');
    await panel.getByRole('list', { name: 'Matching users' }).waitFor(WAIT);
    await panel.screenshot({ path: join(SHOTS, 'search-results.png') });
    await search.press('Escape');

    await panel.getByRole('button', { name: 'Northwind Traders' }).first().click();
    await panel.getByRole('table', { name: 'Users of Northwind Traders' }).waitFor(WAIT);
    // The default columns fit the panel: nothing wider than 400 px.
    await expect
      .poll(() => panel.evaluate('document.documentElement.scrollWidth'), WAIT)
      .toBeLessThanOrEqual(400);
    await panel.screenshot({ path: join(SHOTS, 'account-400.png'), fullPage: true });
    await panel.close();
    await tab.close();
  });

  it('a sync server that cannot be reached shows as failing, with its fix, not as progress', async () => {
    // Nothing listens on port 9 (discard): every request fails at once.
    const reply = await control.evaluate(
      (config) => chrome.runtime.sendMessage({ type: 'source/set', config, discardOutbox: true }),
      { kind: 'http', baseUrl: 'http://127.0.0.1:9', token: 'ux-token' },
    );
    expect(reply).toMatchObject({ ok: true });
    const tab = await browser.context.newPage();
    await tab.goto(ADA_URL);
    const tabId = await browser.tabIdOf(tab);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    const state = panel.getByRole('region', { name: 'Still syncing' });
    await state
      .getByText(/The first sync (has stopped|is waiting to try again)/)
      .waitFor({ timeout: 120_000 });
    expect(await state.getByRole('progressbar').count()).toBe(0);
    await panel.screenshot({ path: join(SHOTS, 'sync-failing.png') });
    await panel.close();
    await tab.close();
  }, 180_000);
});
