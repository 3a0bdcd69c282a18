import type { Page } from 'playwright-core';

/** Waits until the worker has classified the demo people (the install-time sync). */
export async function waitForDemoTypes(page: Page): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const classified = await page
      .evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('user-page');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        try {
          if (!db.objectStoreNames.contains('userStats')) return 0;
          const r = db.transaction('userStats').objectStore('userStats').count();
          return await new Promise<number>((resolve) => {
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => resolve(0);
          });
        } finally {
          db.close();
        }
      })
      .catch(() => 0);
    if (classified > 100) return;
    if (Date.now() > deadline) throw new Error('The demo workspace was never classified');
    await page.waitForTimeout(500);
  }
}
