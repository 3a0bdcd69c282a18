import type { Page } from 'playwright-core';
import { evalIn } from './in-page';

/**
 * Search over the stored users, two ways:
 * - UI: in the panel page, the "Search users" box gets a prefix (one input event, as a paste)
 *   and we time, in the page, until the result list shows rows for it (DOM commit);
 * - query: the same prefix as a plain IndexedDB range over the `searchKeys` multiEntry index
 *   (the index the panel's query uses), first 50 keys, to separate storage from rendering.
 */
/**
 * 40 different three-letter prefixes of the generated first and last names, so no sample is
 * answered from the panel's query cache of an earlier one, and a row of the previous query
 * hardly ever contains the next prefix by chance.
 */
export const SEARCH_PREFIXES = [
  'mia',
  'noa',
  'lia',
  'emm',
  'oli',
  'luc',
  'sof',
  'eli',
  'han',
  'oma',
  'ine',
  'yuk',
  'pab',
  'zar',
  'rav',
  'len',
  'tom',
  'chl',
  'fel',
  'ama',
  'sch',
  'gar',
  'ngu',
  'oka',
  'ros',
  'kow',
  'tan',
  'sil',
  'dub',
  'jen',
  'had',
  'nov',
  'mor',
  'lar',
  'pat',
  'fis',
  'cos',
  'mey',
  'ali',
  'ber',
];

async function uiSearchInPage(prefix: string): Promise<number> {
  const input = Array.from(document.querySelectorAll('input')).find(
    (i) => i.labels?.[0]?.textContent?.trim() === 'Search users',
  );
  if (!input) throw new Error('No "Search users" box on the panel page');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const type = (text: string) => {
    setValue?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const list = () => document.querySelector('ul[aria-label="Search results"]');
  const waitFor = (ok: () => boolean, what: string) =>
    new Promise<number>((resolve, reject) => {
      if (ok()) return resolve(performance.now());
      const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), 20_000);
      const mo = new MutationObserver(() => {
        if (!ok()) return;
        mo.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      mo.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  type('');
  await waitFor(() => list() === null, 'the results to clear');
  const t0 = performance.now();
  (self as { __searchAt?: number }).__searchAt = performance.timeOrigin + t0; // for the probes
  type(prefix);
  // The list may still show the previous query's rows for a moment: wait for rows of this one.
  const fresh = () => {
    const rows = Array.from(list()?.querySelectorAll('li') ?? []);
    return rows.length > 0 && rows.every((li) => li.textContent?.toLowerCase().includes(prefix));
  };
  const t1 = await waitFor(fresh, `results for "${prefix}"`);
  return t1 - t0;
}

async function querySearchInPage(prefix: string): Promise<{ ms: number; hits: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('user-page');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const t0 = performance.now();
  const index = db.transaction('users').objectStore('users').index('searchKeys');
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
    const r = index.getAllKeys(range, 50);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const ms = performance.now() - t0;
  db.close();
  return { ms, hits: keys.length };
}

export function uiSearch(page: Page, prefix: string): Promise<number> {
  return evalIn(page, uiSearchInPage, prefix);
}

export function querySearch(page: Page, prefix: string): Promise<{ ms: number; hits: number }> {
  return evalIn(page, querySearchInPage, prefix);
}
