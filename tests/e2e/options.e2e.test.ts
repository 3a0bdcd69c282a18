import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncServer, startSyncServer } from '../support/sync-server';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';

// The options page driven like a user would: only its labelled fields and buttons.

const TOKEN = 'e2e-good-token-4821';
const WORKSPACE = 'Northwind Options Test';
const USERS = 120;
const WAIT = { timeout: 90_000 };

function seed(server: SyncServer): number {
  server.state.upsert('workspace', { id: 'w-e2e', name: WORKSPACE, timezone: 'UTC' });
  server.state.upsert('account', {
    id: 'a1',
    name: 'Northwind Traders',
    domain: 'northwind.example',
  });
  for (let i = 0; i < USERS; i++)
    server.state.upsert('user', {
      id: `u${i}`,
      email: `person${i}@northwind.example`,
      firstName: `Person${i}`,
      lastName: 'Example',
      accountId: 'a1',
      createdAt: '2026-01-05T09:00:00Z',
    });
  return USERS + 2;
}

const CSV_USERS_OK = [
  'id,email,first_name,last_name,title,account_id,account_name,role,created_at,crm_contact',
  'c1,zelda.quist@importco.example,Zelda,Quist,CFO,acc-1,ImportCo,Admin,2026-03-02T09:00:00Z,true',
  'c2,yuri.brandt@importco.example,Yuri,Brandt,"Analyst, Finance",acc-1,ImportCo,Viewer,2026-03-02T09:00:00Z,false',
  'c3,xena.moor@importco.example,Xena,Moor,Engineer,acc-1,ImportCo,Viewer,2026-03-02T09:00:00Z,false',
].join('\n');
const eventsCsv = (line7ts: string) =>
  [
    'user_id,ts,name,feature,module,duration_sec',
    'c1,2026-11-02T09:14:00Z,login,,,20',
    'c1,2026-11-02T09:16:00Z,report_viewed,Reports,Analytics,120',
    'c2,2026-11-02T10:00:00Z,login,,,15',
    'c2,2026-11-02T10:05:00Z,report_viewed,Reports,Analytics,60',
    'c3,2026-11-03T08:00:00Z,login,,,10',
    `c3,${line7ts},export_created,Export,Reports,30`,
  ].join('\n');

describe('the options page in Chromium', () => {
  let server: SyncServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let records = 0;

  beforeAll(async () => {
    server = await startSyncServer({
      token: TOKEN,
      pageSize: 20,
      whoami: {
        workspace: { id: 'w-e2e', name: WORKSPACE },
        user: { name: 'Olivia Options', email: 'olivia@northwind.example' },
      },
    });
    records = seed(server);
    browser = await launchWithExtension();
    page = await browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Settings' }).waitFor(WAIT);
    // A fresh install syncs the demo workspace first; let it finish so what follows is ours.
    await page.getByText('Up to date').waitFor({ timeout: 150_000 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('configures the sync server through its fields, names the workspace, and syncs', async () => {
    await page.getByRole('radio', { name: 'Sync server' }).check();
    await page.getByLabel('Sync server URL', { exact: true }).fill(server.url);
    await page.getByLabel('API token', { exact: true }).fill(TOKEN);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page
      .getByText(`Connected to the workspace “${WORKSPACE}” as Olivia Options.`)
      .waitFor(WAIT);

    // One slow answer (503 + Retry-After): the first sync waits to retry, then completes.
    server.faults.add({ on: 'pull', status: 503, retryAfter: '2' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('alertdialog', { name: 'Switch the data source to Sync server?' })
      .getByRole('button', { name: /switch/i })
      .click();
    // While the run waits to retry, it says so (in local time) instead of a moving bar.
    await page
      .getByRole('alert')
      .filter({ hasText: /Trying again at/ })
      .first()
      .waitFor(WAIT);
    expect(await page.getByRole('alert').filter({ hasText: /UTC/ }).count()).toBe(0);
    await page.getByText(`First sync complete: ${records} records pulled.`).waitFor(WAIT);
    await page.getByText(`— workspace “${WORKSPACE}”`, { exact: false }).waitFor(WAIT);
    await page.getByText('Demo data').waitFor({ state: 'detached', ...WAIT });
    const usersRow = page.getByRole('table', { name: 'Records per table' }).getByRole('row', {
      name: `Users ${USERS}`,
    });
    await usersRow.waitFor(WAIT);
    // The token is not on the page in full once saved.
    expect(await page.locator('body').textContent()).not.toContain(TOKEN);
    await page.getByText(`API token •••• ${TOKEN.slice(-4)}`, { exact: false }).waitFor(WAIT);
  });

  it('shows a rejected token in plain words and keeps the unsent change', async () => {
    await page.getByLabel('API token', { exact: true }).fill('e2e-wrong-token-0000');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const rejection = page.getByRole('alert').filter({ hasText: 'rejected the API token' }).first();
    await rejection.waitFor(WAIT);

    await page.getByLabel('Role name').fill('Options e2e role');
    await page.getByRole('button', { name: 'Add role' }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    const unsynced = page.getByRole('list', { name: 'Unsynced changes' });
    await unsynced.getByText('“Options e2e role”', { exact: false }).waitFor(WAIT);
    await unsynced.getByText('Waiting to be sent').waitFor(WAIT);
    await rejection.waitFor(WAIT);
    expect(server.pushes.filter((p) => p.path.startsWith('/v1/roles/'))).toHaveLength(0);

    // With the right token again, the kept change reaches the server exactly once.
    await page.getByLabel('API token', { exact: true }).fill(TOKEN);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Every local change has reached the server.').waitFor(WAIT);
    const rolePuts = server.pushes.filter((p) => p.path.startsWith('/v1/roles/') && p.status < 300);
    expect(rolePuts.length).toBeGreaterThanOrEqual(1);
    expect(server.state.list('role').map((r) => r.name)).toEqual(['Options e2e role']);
  });

  it('saves a definition override and a new interval through the background', async () => {
    const percent = page.getByLabel('Power users: top percent');
    await percent.fill('101');
    await page.getByText('Enter a whole number from 1 to 100').waitFor(WAIT);
    await percent.fill('50');
    await page.getByRole('button', { name: 'Save definitions' }).click();
    await page
      .getByText('Saved. User types have been recomputed with the new definitions.')
      .waitFor(WAIT);
    await page.getByRole('button', { name: 'Reset power-user top percent' }).waitFor(WAIT);

    await page.getByLabel('Sync every (minutes)').fill('15');
    await page.getByRole('button', { name: 'Save interval' }).click();
    await page.getByText('Syncing every 15 minutes.').waitFor(WAIT);
    const alarms = await (await browser.worker()).evaluate(async () =>
      (await chrome.alarms.getAll()).map((a) => a.periodInMinutes),
    );
    expect(alarms).toContain(15);
  });

  it('shows a CSV error on line 7 and imports nothing', async () => {
    await page.getByRole('radio', { name: 'CSV import' }).check();
    await page.getByLabel('Users file (CSV)').setInputFiles({
      name: 'users.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV_USERS_OK),
    });
    await page.getByLabel('Events file (CSV, optional)').setInputFiles({
      name: 'events.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(eventsCsv('yesterday')),
    });
    const problems = page.getByRole('list', { name: 'Problems in the CSV files' });
    await problems.getByText(/Line 7: .*yesterday/).waitFor(WAIT);
    await page.getByText(/Nothing was imported/).waitFor(WAIT);
    expect(await page.getByRole('button', { name: 'Import' }).count()).toBe(0);
    await page.getByText('Sync server http://127.0.0.1', { exact: false }).waitFor(WAIT);
    const staged = await page.evaluate(
      () =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('user-page');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('csvStaging');
            get.onsuccess = () => resolve(get.result !== undefined);
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(staged).toBe(false);
  });

  it('imports a correct CSV pair, and the panel finds the imported person', async () => {
    await page.getByLabel('Events file (CSV, optional)').setInputFiles({
      name: 'events.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(eventsCsv('2026-11-03T08:10:00Z')),
    });
    await page.getByText(/Ready to import 3 users, 1 account, 6 events/).waitFor(WAIT);
    await page.getByRole('button', { name: 'Import' }).click();
    await page
      .getByRole('alertdialog', { name: 'Switch the data source to CSV import?' })
      .getByRole('button', { name: 'Switch' })
      .click();
    await page.getByText(/First sync complete: \d+ records pulled\./).waitFor(WAIT);
    await page
      .getByRole('table', { name: 'Records per table' })
      .getByRole('row', { name: 'Users 3' })
      .waitFor(WAIT);

    const panel = await browser.openExtensionPage('sidepanel.html');
    await panel.getByLabel('Search users').fill('Zelda');
    await panel.getByText('Zelda Quist').first().waitFor(WAIT);
    await panel.getByLabel('Search users').fill('yuri');
    await panel.getByText('Yuri Brandt').first().waitFor(WAIT);
    await panel.close();
  });
});
