import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './harness/browser';

// A fresh install, nothing configured: the background syncs the built-in demo workspace on
// its own. We only read IndexedDB ('user-page') from an extension page, as the panel does.

interface Snapshot {
  status?: { phase?: string; lastResult?: string; lastError?: string; pulled?: number };
  counts: Record<string, number>;
  workspace?: { id: string; name: string };
  ada?: { email?: string; firstName?: string; accountId?: string };
  adaTypes?: string[];
  adaEvents: number;
  rejected: number;
}

/** Runs in the extension page: raw IndexedDB, no app code, so it checks what was stored. */
async function snapshot(page: Page): Promise<Snapshot | null> {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'user-page')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('user-page');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const ask = <T>(store: string, op: (s: IDBObjectStore) => IDBRequest): Promise<T> =>
        new Promise((resolve, reject) => {
          const req = op(db.transaction(store).objectStore(store));
          req.onsuccess = () => resolve(req.result as T);
          req.onerror = () => reject(req.error);
        });
      const stores = [
        'users',
        'accounts',
        'events',
        'activityDays',
        'notes',
        'cadences',
        'enrollments',
        'roles',
        'personas',
      ];
      const counts: Record<string, number> = {};
      for (const s of stores) counts[s] = await ask<number>(s, (o) => o.count());
      const status = await ask<{ value?: Snapshot['status'] } | undefined>('meta', (o) =>
        o.get('syncStatus'),
      );
      const workspaces = await ask<{ id: string; name: string }[]>('workspace', (o) => o.getAll());
      const ada = await ask<(Snapshot['ada'] & { id: string }) | undefined>('users', (o) =>
        o.index('emailKey').get('ada.lovelace@northwind.example'),
      );
      const adaStats = ada
        ? await ask<{ types?: string[] } | undefined>('userStats', (o) => o.get(ada.id))
        : undefined;
      const adaEvents = ada
        ? await ask<number>('events', (o) =>
            o.index('[userId+ts]').count(IDBKeyRange.bound([ada.id, ''], [ada.id, '\uffff'])),
          )
        : 0;
      return {
        status: status?.value,
        counts,
        workspace: workspaces[0],
        ada,
        adaTypes: adaStats?.types,
        adaEvents,
        rejected: await ask<number>('rejected', (o) => o.count()),
      };
    } finally {
      db.close();
    }
  });
}

describe('a fresh install syncs the demo workspace by itself', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stores the demo users, events, notes and derived types in IndexedDB', async () => {
    // The first sync ends when the published status says so.
    await expect
      .poll(async () => (await snapshot(page))?.status, { timeout: 150_000, interval: 500 })
      .toMatchObject({ phase: 'idle', lastResult: 'ok' });
    const last = await snapshot(page);
    expect(last?.status).toMatchObject({ phase: 'idle', lastResult: 'ok' });
    expect(last?.workspace).toMatchObject({ id: 'demo', name: 'Demo workspace' });
    expect(last?.counts).toMatchObject({
      users: 300,
      accounts: 6,
      cadences: 6,
      roles: 5,
      personas: 5,
    });
    expect(last?.counts.events).toBeGreaterThan(10_000);
    expect(last?.counts.activityDays).toBeGreaterThan(1000);
    expect(last?.counts.notes).toBeGreaterThan(50);
    expect(last?.counts.enrollments).toBeGreaterThan(10);
    expect(last?.rejected).toBe(0);
    expect(last?.ada).toMatchObject({ firstName: 'Ada', accountId: 'acc-northwind' });
    expect(last?.adaEvents).toBeGreaterThan(500);
    expect(last?.adaTypes).toEqual(expect.arrayContaining(['power', 'influencer']));
  }, 180_000);
});
