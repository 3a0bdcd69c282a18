import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncServer, startSyncServer } from '../support/sync-server';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import {
  type CrmRoute,
  type CrmServer,
  FIXTURES_DIR,
  hostResolverRules,
  startCrmServer,
} from './harness/crm-server';
import { readExtensionRow, waitUntil } from './harness/extension-db';
import { seedPanelWorkspace } from './panel-workspace';

// The side panel in real Chromium: the built extension syncs a small workspace from the test
// sync server, a HubSpot contact page (served under the real host name) is detected, and the
// panel bound to that tab by ?tabId= shows the person; writes made in the panel must reach the
// server exactly once. Screenshots go to tests/e2e/artifacts/ (git-ignored).

const WAIT = { timeout: 60_000 };
const HUBSPOT = 'app.hubspot.com';
const ADA_URL = `https://${HUBSPOT}/contacts/21500012/record/0-1/501`;
const NOMATCH_URL = `https://${HUBSPOT}/contacts/21500012/record/0-1/999`;
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const PANEL_WIDTH = 400;

/** Two contacts of one HubSpot portal: Ada (a product user) and Charles (not one). */
function hubspotRoute(): CrmRoute {
  const pages: Record<string, string> = {
    '501': 'hubspot-contact.html',
    '999': 'hubspot-panel-nomatch.html',
  };
  return (req, res, url) => {
    if (req.headers.host?.split(':')[0] !== HUBSPOT) return false;
    const file = pages[url.pathname.split('/').pop() ?? ''];
    if (!file) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFixture(file));
    return true;
  };
}

const readFixture = (file: string) => readFileSync(join(FIXTURES_DIR, file));

/** What the user sees at side-panel size, in light and dark, plus the whole light page. */
async function shoot(panel: Page, name: string): Promise<void> {
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.screenshot({ path: join(ARTIFACTS, `${name}-light.png`) });
  await panel.screenshot({ path: join(ARTIFACTS, `${name}-light-full.png`), fullPage: true });
  // The rest of a long page as the user scrolls through it, one viewport at a time.
  const height = Number(await panel.evaluate('document.documentElement.scrollHeight'));
  for (let y = 900, part = 2; y < height - 100; y += 900, part += 1) {
    await panel.evaluate(`window.scrollTo(0, ${y})`);
    await panel.screenshot({ path: join(ARTIFACTS, `${name}-light-part${part}.png`) });
  }
  await panel.evaluate('window.scrollTo(0, 0)');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: join(ARTIFACTS, `${name}-dark.png`) });
  await panel.emulateMedia({ colorScheme: 'light' });
}

describe('the side panel in Chromium', () => {
  let sync: SyncServer;
  let crm: CrmServer;
  let browser: ExtensionBrowser;
  let control: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    sync = await startSyncServer({
      token: 'panel-token',
      whoami: {
        workspace: { id: 'acme', name: 'Acme Analytics' },
        user: { name: 'Sam Rivera', email: 'sam.rivera@ourteam.example' },
      },
    });
    seedPanelWorkspace(sync.state, new Date());
    crm = await startCrmServer([HUBSPOT], [hubspotRoute()]);
    browser = await launchWithExtension({ hostResolverRules: hostResolverRules(crm) });
    control = await browser.openExtensionPage('options.html');
    const reply = await control.evaluate(
      (config) => chrome.runtime.sendMessage({ type: 'source/set', config, discardOutbox: true }),
      { kind: 'http', baseUrl: sync.url, token: 'panel-token' },
    );
    expect(reply).toMatchObject({ ok: true });
    // Synced and classified: Ada's stats are worked out by the background.
    await waitUntil(
      async () => {
        const stats = (await readExtensionRow(control, 'userStats', 'u-ada')) as
          | { types?: string[] }
          | undefined;
        return stats?.types?.includes('power') ?? false;
      },
      async () =>
        `the workspace never synced from the test server (status ${JSON.stringify(
          await readExtensionRow(control, 'meta', 'syncStatus').catch(String),
        )}; requests: ${sync.requests.slice(0, 20).join(', ')})`,
      60_000,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await crm?.close();
    await sync?.close();
  });

  async function openPanelFor(url: string): Promise<{ tab: Page; panel: Page }> {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    const tabId = await browser.tabIdOf(tab);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: PANEL_WIDTH, height: 1000 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    return { tab, panel };
  }

  const pushesTo = (method: string, prefix: string) =>
    sync.pushes.filter((p) => p.method === method && p.path.startsWith(prefix));

  it('shows the matched person with their badges (and saves light/dark screenshots)', async () => {
    const { tab, panel } = await openPanelFor(ADA_URL);
    const page = panel.getByRole('article', { name: 'User page' });
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
    const badges = page.getByRole('list', { name: 'User type' });
    // Exactly these, in display order (innerText leaves out the hidden explanations).
    await expect
      .poll(() => badges.locator('.badge').allInnerTexts(), WAIT)
      .toEqual(['Power user', 'Influencer', 'Active']);
    await page.getByText('VP Operations', { exact: false }).first().waitFor(WAIT);
    // Charts come from the lazy chunk.
    await page.locator('.recharts-surface').first().waitFor(WAIT);
    await page.getByRole('list', { name: 'Top features' }).waitFor(WAIT);
    await shoot(panel, 'panel');
    // Readable at the narrowest side panel: nothing wider than 320 px.
    await panel.setViewportSize({ width: 320, height: 1000 });
    await expect
      .poll(() => panel.evaluate('document.documentElement.scrollWidth'), WAIT)
      .toBeLessThanOrEqual(320);
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-320.png') });
    const power = badges.locator('.badge', { hasText: 'Power user' });
    await power.focus();
    // innerText, not textContent: it is empty while the tip is hidden, so this checks focus shows it.
    await expect
      .poll(() => power.getByRole('tooltip').innerText(), WAIT)
      .toMatch(/in the last 30 days — top 10% of the workspace/);
    await panel.close();
    await tab.close();
  });

  it('writes a note that shows at once and reaches the server exactly once', async () => {
    const { tab, panel } = await openPanelFor(ADA_URL);
    await panel.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
    await panel.getByRole('button', { name: 'New note' }).click();
    await panel.getByRole('textbox', { name: 'Title', exact: true }).fill('Renewal prep');
    await panel
      .getByRole('textbox', { name: 'Note', exact: true })
      .fill('Wants SSO before renewal.\nSend the security pack.');
    await panel.getByRole('combobox', { name: 'Type', exact: true }).selectOption('QBR');
    await panel.getByRole('button', { name: 'Save' }).click();
    const note = panel.getByRole('article', { name: 'Renewal prep' });
    await note.waitFor(WAIT);
    await expect.poll(() => pushesTo('PUT', '/v1/notes/').length, WAIT).toBe(1);
    const [push] = pushesTo('PUT', '/v1/notes/');
    expect(push?.body).toMatchObject({ title: 'Renewal prep', type: 'QBR', userId: 'u-ada' });
    await note.getByText('Not yet synced').waitFor({ state: 'detached', ...WAIT });
    // Another full sync (pull of the echo + push of an empty outbox) sends nothing new and
    // keeps one copy.
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'sync/now' }));
    await expect
      .poll(
        async () =>
          (
            (await readExtensionRow(control, 'meta', 'syncStatus')) as {
              value?: { phase?: string };
            }
          )?.value?.phase,
        WAIT,
      )
      .toBe('idle');
    expect(pushesTo('PUT', '/v1/notes/')).toHaveLength(1);
    expect(await panel.getByRole('article', { name: 'Renewal prep' }).count()).toBe(1);
    expect(sync.state.list('note').filter((n) => n.title === 'Renewal prep')).toHaveLength(1);
    await panel.close();
    await tab.close();
  });

  it('adds the person to a cadence and the server receives it', async () => {
    const { tab, panel } = await openPanelFor(ADA_URL);
    await panel.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
    await panel.getByRole('button', { name: 'Add to cadence' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Add to cadence' });
    await dialog.getByRole('tab', { name: 'Team' }).click();
    await dialog.getByRole('searchbox', { name: 'Search cadences' }).fill('renewal');
    await dialog.getByRole('radio', { name: /Renewal nurture/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Add to cadence' }).click();
    await panel.getByText('Ada Lovelace was added to the cadence “Renewal nurture”.').waitFor(WAIT);
    await expect.poll(() => pushesTo('PUT', '/v1/enrollments/').length, WAIT).toBe(1);
    expect(pushesTo('PUT', '/v1/enrollments/')[0]?.body).toMatchObject({
      cadenceId: 'c-nurture',
      userId: 'u-ada',
    });
    await panel.close();
    await tab.close();
  });

  it('changes the role and the server receives it', async () => {
    const { tab, panel } = await openPanelFor(ADA_URL);
    const role = panel.getByRole('combobox', { name: 'Role' });
    await role.waitFor(WAIT);
    await expect.poll(() => role.inputValue(), WAIT).toBe('r-analyst');
    await role.selectOption({ label: 'Admin' });
    await expect.poll(() => pushesTo('PATCH', '/v1/users/u-ada').length, WAIT).toBe(1);
    expect(pushesTo('PATCH', '/v1/users/u-ada')[0]?.body).toEqual({ roleId: 'r-admin' });
    await expect.poll(() => sync.state.get('user', 'u-ada')?.roleId, WAIT).toBe('r-admin');
    await panel.close();
    await tab.close();
  });

  it('says plainly when nobody matches, and search finds the user', async () => {
    const { tab, panel } = await openPanelFor(NOMATCH_URL);
    await panel
      .getByText('No product user matches charles@difference-engines.example')
      .waitFor(WAIT);
    await shoot(panel, 'panel-nomatch');
    await panel.getByRole('searchbox', { name: 'Search users' }).fill('lovel');
    await panel
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: /Ada Lovelace/ })
      .click();
    await panel.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
    await panel.close();
    await tab.close();
  });
});
