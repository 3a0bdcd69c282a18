import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionString, createInvitation } from '@/lib/server/auth/invitations';
import { createRepToken } from '@/lib/server/auth/secrets';
import { applyChanges } from '@/lib/server/ingest/apply-changes';
import { silentLogger } from '@/lib/server/log';
import { prepareDatabase, type RunningServer, startServer } from '@/lib/server/server';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './harness/browser';
import { readExtensionRow } from './harness/extension-db';

// A rep connects with the connection string an admin made (no token ever pasted), the
// extension syncs, and the admin page lists the rep as connected with the extension's version.

const WAIT = { timeout: 60_000 };

describe('connecting with a connection code', () => {
  let server: RunningServer;
  let browser: ExtensionBrowser | undefined;
  let adminToken: string;
  beforeAll(async () => {
    const db = await prepareDatabase({ dataDir: 'memory://' });
    server = await startServer({ db, log: silentLogger });
    await applyChanges(db, [
      {
        type: 'user',
        op: 'upsert',
        data: { id: 'u-ria', email: 'ria.customer@globex.com', createdAt: '2026-11-01T09:00:00Z' },
      },
    ]);
    adminToken = (
      await createRepToken(db, { name: 'Ada Admin', email: 'ada@example.com' }, { role: 'admin' })
    ).token;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('exchanges the code in the settings page, syncs, and shows up on the admin page', async () => {
    const { code } = await createInvitation(server.ctx.db, {
      email: 'sam@example.com',
      name: 'Sam Seller',
      createdBy: 'e2e',
    });
    browser = await launchWithExtension();
    const options: Page = await browser.openExtensionPage('options.html');
    await options.getByLabel('Sync server', { exact: true }).check(WAIT);
    await options
      .getByLabel('Connection string from your admin')
      .fill(connectionString(server.url, code));
    await options.getByRole('button', { name: 'Connect', exact: true }).click();
    await options
      .getByRole('alertdialog')
      .getByRole('button', { name: /switch/i })
      .click(WAIT);
    await expect
      .poll(() => readExtensionRow(options, 'users', 'u-ria').catch(() => undefined), WAIT)
      .toBeTruthy();

    const version = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'))
      .version as string;
    const reps = await fetch(`${server.url}/admin/reps`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const row = (await reps.text()).split('<tr>').find((r) => r.includes('sam@example.com'));
    expect(row).toContain('Connected');
    expect(row).toContain(`<td>${version}</td>`);

    // The code was spent: a second try is refused with words the rep can act on.
    const again = await browser.openExtensionPage('options.html');
    await again.getByLabel('Sync server', { exact: true }).check(WAIT);
    await again
      .getByLabel('Connection string from your admin')
      .fill(connectionString(server.url, code));
    await again.getByRole('button', { name: 'Connect', exact: true }).click();
    await again.getByText(/already used or has expired/).waitFor(WAIT);
  });
});
