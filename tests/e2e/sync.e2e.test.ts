import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace } from '../support/sync-seed';
import { type SyncServer, startSyncServer } from '../support/sync-server';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';

// The built extension syncing from the fault-injecting protocol server over real HTTP, with
// the result read back from the extension's own IndexedDB.

/** Every row of one object store of the extension's database. */
function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('user-page');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as Record<string, unknown>[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

async function waitForStatus(page: Page, test: (s: Record<string, unknown>) => boolean) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const meta = await readStore(page, 'meta').catch(() => []);
    const status = meta.find((m) => m.key === 'syncStatus')?.value as
      | Record<string, unknown>
      | undefined;
    if (status && test(status)) return status;
    if (Date.now() > deadline)
      throw new Error(`Sync status never matched: ${JSON.stringify(status)}`);
    await page.waitForTimeout(200);
  }
}

const send = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{
    ok: boolean;
    error?: string;
    value?: unknown;
  }>;

describe('syncing the built extension from an HTTP server', () => {
  let server: SyncServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startSyncServer({ pageSize: 20 });
    seedWorkspace(server.state, new Date());
    browser = await launchWithExtension();
    page = await browser.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('switches to the server, pulls every page and stores the workspace in IndexedDB', async () => {
    server.faults.add({ on: 'pull', status: 503, retryAfter: '1' });
    const reply = await send(page, {
      type: 'source/set',
      config: { kind: 'http', baseUrl: `${server.url}/`, token: 'secret' },
    });
    expect(reply).toEqual({ ok: true });
    await waitForStatus(
      page,
      (s) => s.phase === 'idle' && s.lastResult === 'ok' && s.pulled === server.state.feed.length,
    );
    const users = await readStore(page, 'users');
    expect(users.map((u) => u.id).sort()).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    expect(users.find((u) => u.id === 'u3')?.emailKey).toBe('user3@example.com');
    expect(await readStore(page, 'events')).toHaveLength(server.state.list('event').length);
    expect((await readStore(page, 'activityDays')).length).toBeGreaterThan(10);
    const stats = await readStore(page, 'userStats');
    expect(stats.find((s) => s.userId === 'u6')?.types).toEqual(['zombie']);
    expect(stats.find((s) => s.userId === 'u1')?.types).toContain('influencer');
    const pulls = server.requests.filter((r) => r.startsWith('GET /v1/changes'));
    expect(pulls[0]).toBe(pulls[1]); // the 503 was retried with the same request
  });

  it('"sync now" brings a later server change', async () => {
    server.state.upsert('user', {
      id: 'u7',
      email: 'new@example.com',
      createdAt: new Date().toISOString(),
    });
    expect(await send(page, { type: 'sync/now' })).toMatchObject({ ok: true });
    expect((await readStore(page, 'users')).some((u) => u.id === 'u7')).toBe(true);
  });

  it('pauses with a plain message when the token is rejected, keeping the data', async () => {
    expect(
      await send(page, {
        type: 'source/set',
        config: { kind: 'http', baseUrl: server.url, token: 'revoked' },
      }),
    ).toEqual({ ok: true });
    const status = await waitForStatus(page, (s) => s.phase === 'paused');
    expect(status.lastError).toMatch(/^The server rejected the API token\./);
    expect(await readStore(page, 'users')).toHaveLength(7);
  });

  it('ignores sync messages that are not well-formed', async () => {
    const reply = await send(page, {
      type: 'source/set',
      config: { kind: 'http', baseUrl: 'javascript:alert(1)', token: 'x' },
    });
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/http:\/\/ or https:\/\//);
  });
});
