import type { Page } from 'playwright-core';
import { evalIn } from './in-page';

/**
 * Waits until IndexedDB in the extension's origin answers a one-row write and read quickly
 * again. Right after the initial sync the origin's store has just taken two copies of the
 * workspace (the engine's and the raw ceiling's, hundreds of MB), and its compaction keeps
 * every request of the origin waiting for minutes; the steady-state scenarios (incremental
 * sync, navigation, panel, home, search) are measured after it, as a rep's browser would be.
 * Probes a scratch database, never the extension's own.
 */
export function settleIndexedDb(
  page: Page,
  { quietMs = 15, inARow = 5, maxMs = 240_000 } = {},
): Promise<{ waitedMs: number; probes: number; settled: boolean }> {
  return evalIn(
    page,
    async ({ quietMs, inARow, maxMs }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('bench-settle-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const roundTrip = () =>
        new Promise<number>((resolve, reject) => {
          const t0 = performance.now();
          const tx = db.transaction('probe', 'readwrite');
          const store = tx.objectStore('probe');
          store.put(t0, 'at');
          store.get('at');
          tx.oncomplete = () => resolve(performance.now() - t0);
          tx.onerror = () => reject(tx.error);
        });
      const start = performance.now();
      let quiet = 0;
      let probes = 0;
      while (quiet < inARow && performance.now() - start < maxMs) {
        probes++;
        quiet = (await roundTrip()) < quietMs ? quiet + 1 : 0;
        await new Promise((r) => setTimeout(r, 250));
      }
      db.close();
      return { waitedMs: performance.now() - start, probes, settled: quiet >= inARow };
    },
    { quietMs, inARow, maxMs },
  );
}
