import { readFileSync } from 'node:fs';
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

// User details a CSM acts on, in real Chromium against the test sync server: an adoption
// milestone defined in Settings, custom-field edits and product users added by hand from a
// CRM contact nobody matched (including the server's 409 for an email it already has).

const WAIT = { timeout: 60_000 };
const HUBSPOT = 'app.hubspot.com';
const record = (id: string) => `https://${HUBSPOT}/contacts/21500012/record/0-1/${id}`;
const ADA_URL = record('501');
const CHARLES_URL = record('999');
const MARY_URL = record('998');

/** Ada (a product user), Charles and Mary (CRM contacts with no product user). */
function hubspotRoute(): CrmRoute {
  const nomatch = () => readFileSync(join(FIXTURES_DIR, 'hubspot-panel-nomatch.html'), 'utf8');
  const pages: Record<string, () => string> = {
    '501': () => readFileSync(join(FIXTURES_DIR, 'hubspot-contact.html'), 'utf8'),
    '999': nomatch,
    '998': () =>
      nomatch()
        .replaceAll('Charles Babbage', 'Mary Somerville')
        .replaceAll('charles@', 'mary@')
        .replaceAll('Inventor', 'Mathematician'),
  };
  return (req, res, url) => {
    if (req.headers.host?.split(':')[0] !== HUBSPOT) return false;
    const page = pages[url.pathname.split('/').pop() ?? ''];
    if (!page) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page());
    return true;
  };
}

/** The rollups of a "day" backend carry per-name counts: Ada exports data once a day. */
function addEventNames(sync: SyncServer): void {
  for (const row of sync.state.list('activityDay')) {
    const events = Number(row.events);
    const logins = Number(row.logins);
    const exported = row.userId === 'u-ada' ? 1 : 0;
    const names: Record<string, number> = {
      login: logins,
      report_viewed: events - logins - exported,
    };
    if (exported) names.data_exported = exported;
    sync.state.upsert('activityDay', { ...row, names });
  }
}

describe('user details in Chromium', () => {
  let sync: SyncServer;
  let crm: CrmServer;
  let browser: ExtensionBrowser;
  let control: Page;

  beforeAll(async () => {
    sync = await startSyncServer({
      token: 'details-token',
      whoami: {
        workspace: { id: 'acme', name: 'Acme Analytics' },
        user: { name: 'Sam Rivera', email: 'sam.rivera@ourteam.example' },
      },
    });
    seedPanelWorkspace(sync.state, new Date());
    addEventNames(sync);
    crm = await startCrmServer([HUBSPOT], [hubspotRoute()]);
    browser = await launchWithExtension({ hostResolverRules: hostResolverRules(crm) });
    control = await browser.openExtensionPage('options.html');
    const reply = await control.evaluate(
      (config) => chrome.runtime.sendMessage({ type: 'source/set', config, discardOutbox: true }),
      { kind: 'http', baseUrl: sync.url, token: 'details-token' },
    );
    expect(reply).toMatchObject({ ok: true });
    await waitUntil(
      async () => {
        const stats = (await readExtensionRow(control, 'userStats', 'u-ada')) as
          | { types?: string[] }
          | undefined;
        return stats?.types?.includes('power') ?? false;
      },
      async () => `the workspace never synced (requests: ${sync.requests.slice(0, 20).join(', ')})`,
    );
  }, 180_000);

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
    await panel.setViewportSize({ width: 400, height: 1000 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    return { tab, panel };
  }

  const pushesTo = (method: string, prefix: string) =>
    sync.pushes.filter((p) => p.method === method && p.path.startsWith(prefix));

  /** A full sync run (pull, push, pull) has ended. */
  async function syncAgain(): Promise<void> {
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
  }

  it('a milestone defined in Settings shows on the user page and filters the account table', async () => {
    await control.reload();
    const form = control.getByRole('form', { name: 'New milestone' });
    await form.getByLabel('Milestone name').fill('Exported data');
    const event = form.getByLabel('Event', { exact: true });
    await expect
      .poll(() => event.locator('option', { hasText: 'Data exported' }).count(), WAIT)
      .toBe(1);
    await event.selectOption('data_exported');
    await form.getByLabel('Times').fill('3');
    await form.getByLabel('Within the activity window', { exact: false }).check();
    await form.getByRole('button', { name: 'Add milestone' }).click();
    await control.getByText('Saved. Milestones have been worked out for every user.').waitFor(WAIT);
    await control
      .getByRole('list', { name: 'Milestones' })
      .getByText('Exported data')
      .waitFor(WAIT);

    const { tab, panel } = await openPanelFor(ADA_URL);
    await panel.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
    const reached = panel.getByRole('list', { name: 'Milestones reached' });
    await reached.getByText('Exported data').waitFor(WAIT);
    await expect.poll(() => reached.innerText(), WAIT).toMatch(/reached on \w{3} \d+, \d{4}/);

    await panel.getByRole('button', { name: 'Northwind Traders' }).first().click();
    const filter = panel.getByRole('combobox', { name: 'Filter by milestone' });
    await filter.selectOption({ label: 'Reached Exported data' });
    await panel.getByText('Showing 1 of 12 users').waitFor(WAIT);
    const table = panel.getByRole('table', { name: 'Users of Northwind Traders' });
    await table.getByRole('button', { name: 'Ada Lovelace' }).waitFor(WAIT);
    await filter.selectOption({ label: 'Not reached Exported data' });
    await panel.getByText('Showing 11 of 12 users').waitFor(WAIT);
    expect(await table.getByRole('button', { name: 'Ada Lovelace' }).count()).toBe(0);
    await panel.close();
    await tab.close();
  });

  it('a custom field edit reaches the server exactly once', async () => {
    const { tab, panel } = await openPanelFor(ADA_URL);
    await panel.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
    await panel.getByRole('button', { name: 'Edit NPS score' }).click();
    const form = panel.getByRole('form', { name: 'Edit NPS score' });
    await form.getByRole('textbox', { name: 'Value of NPS score' }).fill('ten');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('“ten” is not a number').waitFor(WAIT);
    await form.getByRole('textbox', { name: 'Value of NPS score' }).fill('10');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => pushesTo('PATCH', '/v1/users/u-ada').length, WAIT).toBe(1);
    expect(pushesTo('PATCH', '/v1/users/u-ada')[0]?.body).toEqual({
      customFields: { Plan: 'Scale', 'NPS score': 10, 'Beta programme': true },
    });
    await expect
      .poll(
        () =>
          (sync.state.get('user', 'u-ada')?.customFields as Record<string, unknown>)?.['NPS score'],
        WAIT,
      )
      .toBe(10);
    await panel
      .getByText('Not yet synced', { exact: true })
      .waitFor({ state: 'detached', ...WAIT });
    await syncAgain();
    expect(pushesTo('PATCH', '/v1/users/u-ada')).toHaveLength(1);
    await panel.close();
    await tab.close();
  });

  it('a product user added from the no-match state reaches the server exactly once', async () => {
    const { tab, panel } = await openPanelFor(CHARLES_URL);
    await panel
      .getByText('No product user matches charles@difference-engines.example')
      .waitFor(WAIT);
    await panel.getByRole('button', { name: 'Add as product user' }).click();
    const form = panel.getByRole('form', { name: 'Add as product user' });
    await expect.poll(() => form.getByLabel('Last name').inputValue(), WAIT).toBe('Babbage');
    await form.getByRole('button', { name: 'Add user' }).click();
    await panel.getByRole('heading', { level: 1, name: 'Charles Babbage' }).waitFor(WAIT);
    await expect.poll(() => pushesTo('PUT', '/v1/users/').length, WAIT).toBe(1);
    const [put] = pushesTo('PUT', '/v1/users/');
    expect(put).toMatchObject({ status: 201, effect: 'changed' });
    expect(put?.body).toMatchObject({
      email: 'charles@difference-engines.example',
      firstName: 'Charles',
      lastName: 'Babbage',
      title: 'Inventor',
      crmIds: { hubspot: '999' },
    });
    await panel
      .getByText('Not yet synced', { exact: true })
      .waitFor({ state: 'detached', ...WAIT });
    await panel.getByRole('list', { name: 'User type' }).getByText('Zombie').waitFor(WAIT);
    await syncAgain();
    expect(pushesTo('PUT', '/v1/users/')).toHaveLength(1);
    expect(
      sync.state.list('user').filter((u) => u.email === 'charles@difference-engines.example'),
    ).toHaveLength(1);
    await panel.close();
    await tab.close();
  });

  it('a 409 on the new user explains and opens the existing one', async () => {
    const { tab, panel } = await openPanelFor(MARY_URL);
    await panel.getByText('No product user matches mary@difference-engines.example').waitFor(WAIT);
    // Someone added Mary on the server after this browser's last sync.
    sync.state.upsert('user', {
      id: 'u-mary',
      email: 'mary@difference-engines.example',
      firstName: 'Mary',
      lastName: 'Somerville',
      segment: 'Research',
      createdAt: '2025-09-01T09:00:00Z',
    });
    await panel.getByRole('button', { name: 'Add as product user' }).click();
    await panel
      .getByRole('form', { name: 'Add as product user' })
      .getByRole('button', { name: 'Add user' })
      .click();
    const conflict = panel.getByRole('alert').filter({ hasText: 'already belongs to' });
    await conflict.waitFor(WAIT);
    const refused = pushesTo('PUT', '/v1/users/').filter((p) => p.status === 409);
    expect(refused).toHaveLength(1);
    const localId = String((refused[0]?.body as { id?: string } | undefined)?.id);
    expect(await conflict.innerText()).toContain('Mary Somerville (user u-mary)');
    await conflict.getByRole('button', { name: 'Open the existing user' }).click();
    await panel.getByRole('heading', { level: 1, name: 'Mary Somerville' }).waitFor(WAIT);
    await panel.getByText('Research', { exact: true }).waitFor(WAIT);
    await expect.poll(() => readExtensionRow(control, 'users', localId), WAIT).toBeUndefined();
    expect(await readExtensionRow(control, 'users', 'u-mary')).toBeTruthy();
    expect(pushesTo('PUT', '/v1/users/').filter((p) => p.path.endsWith(localId))).toHaveLength(1);
    await panel.close();
    await tab.close();
  });
});
