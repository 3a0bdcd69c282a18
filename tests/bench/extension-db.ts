import type { Page } from 'playwright-core';
import { evalIn } from './in-page';

// Reads of the extension's own database from one of its pages (same origin), with plain
// IndexedDB so the benchmark depends on the stored shape only, not on app code.

async function readInPage(args: { db: string; store: string; key?: string; count?: boolean }) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(args.db);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  try {
    if (!db.objectStoreNames.contains(args.store)) return undefined;
    const store = db.transaction(args.store).objectStore(args.store);
    const r = args.count ? store.count() : store.get(args.key ?? '');
    return await new Promise<unknown>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  } finally {
    db.close();
  }
}

export async function readMeta<T>(page: Page, key: string): Promise<T | undefined> {
  const row = (await evalIn(page, readInPage, { db: 'user-page', store: 'meta', key })) as
    | { value: T }
    | undefined;
  return row?.value;
}

export async function countRows(page: Page, store: string): Promise<number> {
  return ((await evalIn(page, readInPage, { db: 'user-page', store, count: true })) as number) ?? 0;
}

/** Bytes the extension origin uses in IndexedDB (Chromium's usageDetails), else all storage. */
export function storageUsage(page: Page): Promise<{ indexedDB?: number; total?: number }> {
  return evalIn(
    page,
    async () => {
      const e = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: { indexedDB?: number };
      };
      return { indexedDB: e.usageDetails?.indexedDB, total: e.usage };
    },
    null,
  );
}
