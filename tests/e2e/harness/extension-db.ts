import type { Page } from 'playwright-core';

/** Reads one row from the extension's IndexedDB in an extension page (no extension code). */
export function readExtensionRow(page: Page, table: string, key: string): Promise<unknown> {
  return page.evaluate(
    async ({ table, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('user-page');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        if (!db.objectStoreNames.contains(table)) return undefined;
        return await new Promise((resolve, reject) => {
          const r = db.transaction(table, 'readonly').objectStore(table).get(key);
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      } finally {
        db.close();
      }
    },
    { table, key },
  );
}

/** Polls outside a test (beforeAll), where expect.poll is not available. */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: () => Promise<string>,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out: ${await what()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
