import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analytics } from '@segment/analytics-node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepToken, createWriteKey } from '@/lib/server/auth/secrets';
import { applyChanges } from '@/lib/server/ingest/apply-changes';
import { silentLogger } from '@/lib/server/log';
import { prepareDatabase, type RunningServer, startServer } from '@/lib/server/server';
import { startReceiver } from '../server/support/webhook-receiver';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';
import {
  type CrmServer,
  FIXTURES_DIR,
  hostResolverRules,
  startCrmServer,
} from './harness/crm-server';
import { readExtensionRow } from './harness/extension-db';

// The whole loop with the real backend (lib/server on PGlite): product events sent with
// Segment's own Node library, two reps in two browser profiles with their own tokens, and the
// enrolment webhook. What a rep sees is read from the side panel and the extension's database.

const WAIT = { timeout: 90_000 };
const HUBSPOT = 'app.hubspot.com';
const ADA_URL = `https://${HUBSPOT}/contacts/21500012/record/0-1/501`;
const DAY = 86_400_000;

/** One row of the extension's IndexedDB, as a record (undefined when absent). */
const readRow = (page: Page, table: string, key: string) =>
  readExtensionRow(page, table, key) as Promise<Record<string, unknown> | undefined>;

const message = (page: Page, m: unknown) =>
  page.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
const syncStatus = async (page: Page) =>
  ((await readRow(page, 'meta', 'syncStatus').catch(() => undefined))?.value ?? {}) as Record<
    string,
    unknown
  >;
const userTypes = async (page: Page) =>
  ((await readRow(page, 'userStats', 'u-ada'))?.types as string[] | undefined) ?? [];

describe('the extension with the sync server (lib/server)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'server-e2e-'));
  let server: RunningServer;
  let crm: CrmServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let tokens: { a: string; b: string };
  let writeKey: string;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    receiver = await startReceiver(1);
    const db = await prepareDatabase({ dataDir: dir });
    server = await startServer({
      db,
      log: silentLogger,
      config: { webhookUrl: receiver.url, webhookSecret: 'e2e' },
      webhookBackoffMs: () => 500,
    });
    const long = new Date(Date.now() - 400 * DAY).toISOString();
    await applyChanges(db, [
      {
        type: 'workspace',
        op: 'upsert',
        data: { id: 'acme', name: 'Acme Analytics', timezone: 'UTC' },
      },
      {
        type: 'account',
        op: 'upsert',
        data: {
          id: 'acc-northwind',
          name: 'Northwind Traders',
          domain: 'northwind.example',
          crmIds: { hubspot: '9001' },
        },
      },
      {
        type: 'cadence',
        op: 'upsert',
        data: {
          id: 'c-renewal',
          name: 'Renewal nurture',
          scope: 'team',
          tags: ['renewal'],
          stepCount: 4,
        },
      },
      {
        type: 'user',
        op: 'upsert',
        data: {
          id: 'u-ada',
          email: 'ada.lovelace@northwind.example',
          firstName: 'Ada',
          lastName: 'Lovelace',
          accountId: 'acc-northwind',
          createdAt: long,
          crmContact: true,
          crmIds: { hubspot: '501' },
        },
      },
    ]);
    tokens = {
      a: (await createRepToken(db, { name: 'Alex Anders', email: 'alex@ourteam.example' })).token,
      b: (await createRepToken(db, { name: 'Bea Brown', email: 'bea@ourteam.example' })).token,
    };
    writeKey = (await createWriteKey(db, 'backend')).key;
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
  });

  afterAll(async () => {
    await browser?.close();
    await crm?.close();
    await server?.close();
    await server?.ctx.db.close();
    await receiver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh browser profile connected to the server with a rep's token, synced once. */
  async function connect(token: string): Promise<{ browser: ExtensionBrowser; control: Page }> {
    const b = await launchWithExtension({ hostResolverRules: hostResolverRules(crm) });
    const control = await b.openExtensionPage('options.html');
    expect(
      await message(control, {
        type: 'source/set',
        config: { kind: 'http', baseUrl: server.url, token },
        discardOutbox: true,
      }),
    ).toMatchObject({ ok: true });
    const deadline = Date.now() + WAIT.timeout;
    for (;;) {
      const s = await syncStatus(control);
      if (s.lastResult === 'ok' && (await readRow(control, 'users', 'u-ada'))) break;
      if (Date.now() > deadline) throw new Error(`never synced: ${JSON.stringify(s)}`);
      await control.waitForTimeout(250);
    }
    return { browser: b, control };
  }

  async function openAda(b: ExtensionBrowser): Promise<Page> {
    const tab = await b.context.newPage();
    await tab.goto(ADA_URL);
    const tabId = await b.tabIdOf(tab);
    const panel = await b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 1000 });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor(WAIT);
    return panel;
  }

  it('events sent with @segment/analytics-node make Ada Active after the extension syncs', async () => {
    const a = await connect(tokens.a);
    browser = a.browser;
    expect(await userTypes(a.control)).not.toContain('active');
    const analytics = new Analytics({ writeKey, host: server.url, flushAt: 20, maxRetries: 3 });
    analytics.identify({
      userId: 'u-ada',
      traits: { email: 'ada.lovelace@northwind.example', title: 'VP Operations' },
    });
    for (let d = 1; d <= 6; d++)
      for (const event of ['login', 'report_viewed'])
        analytics.track({
          userId: 'u-ada',
          event,
          timestamp: new Date(Date.now() - d * DAY),
          properties: { feature: 'Report builder', module: 'Analytics', duration: 120 },
        });
    await analytics.closeAndFlush({ timeout: 30_000 });
    expect(await message(a.control, { type: 'sync/now' })).toMatchObject({ ok: true });
    await expect.poll(() => userTypes(a.control), WAIT).toContain('active');
    const panel = await openAda(a.browser);
    const badges = panel.getByRole('list', { name: 'User type' });
    await expect.poll(() => badges.innerText().catch(() => ''), WAIT).toMatch(/\bActive\b/);
    expect((await readRow(a.control, 'users', 'u-ada'))?.title).toBe('VP Operations');
  }, 300_000);

  it("a note rep A writes appears in rep B's profile after its sync, authored by A", async () => {
    const panel = await openAda(browser as ExtensionBrowser);
    await panel.getByRole('button', { name: 'New note' }).click();
    await panel.getByRole('textbox', { name: 'Title', exact: true }).fill('Renewal prep');
    await panel
      .getByRole('textbox', { name: 'Note', exact: true })
      .fill('Bring the usage numbers.');
    await panel.getByRole('button', { name: 'Save' }).click();
    const mine = panel.getByRole('article', { name: 'Renewal prep' });
    await mine.waitFor(WAIT);
    await mine.getByText('Not yet synced').waitFor({ state: 'detached', ...WAIT });
    await browser?.close();
    browser = undefined;

    const b = await connect(tokens.b);
    browser = b.browser;
    const panelB = await openAda(b.browser);
    const theirs = panelB.getByRole('article', { name: 'Renewal prep' });
    await theirs.waitFor(WAIT);
    await theirs.getByText('Alex Anders').first().waitFor(WAIT);
    const rows = await b.control.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('user-page');
        open.onsuccess = () => resolve(open.result);
      });
      return new Promise<Record<string, unknown>[]>((resolve) => {
        const r = db.transaction('notes', 'readonly').objectStore('notes').getAll();
        r.onsuccess = () => resolve(r.result);
      });
    });
    expect(rows.filter((n) => n.title === 'Renewal prep').map((n) => n.author)).toEqual([
      'Alex Anders',
    ]);
  }, 300_000);

  it('an enrolment reaches the webhook receiver exactly once although the first delivery fails', async () => {
    const panel = await openAda(browser as ExtensionBrowser);
    await panel.getByRole('button', { name: 'Add to cadence' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Add to cadence' });
    await dialog.getByRole('tab', { name: 'Team' }).click();
    await dialog.getByRole('radio', { name: /Renewal nurture/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Add to cadence' }).click();
    await expect
      .poll(() => receiver.deliveries.filter((d) => d.status === 200).length, WAIT)
      .toBe(1);
    // Later syncs repeat nothing.
    await message(panel, { type: 'sync/now' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.deliveries.map((d) => d.status)).toEqual([500, 200]);
    const body = JSON.parse(receiver.deliveries[1]?.body ?? '{}');
    expect(body).toMatchObject({
      type: 'enrollment.created',
      enrollment: { cadenceId: 'c-renewal', userId: 'u-ada', status: 'active' },
      user: { email: 'ada.lovelace@northwind.example' },
      enrolledBy: { name: 'Bea Brown' },
    });
  }, 300_000);
});
