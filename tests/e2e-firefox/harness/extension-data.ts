import type { Page } from 'puppeteer-core';

// Reads the extension's own IndexedDB ('user-page') from one of its pages, with raw IndexedDB
// and no app code, so a test checks what was really stored.

export interface StoreSnapshot {
  status?: { phase?: string; lastResult?: string; lastError?: string };
  workspace?: { id: string; name: string };
  users: number;
  adaTypes?: string[];
}

export function readSnapshot(page: Page): Promise<StoreSnapshot | null> {
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
      const status = await ask<{ value?: StoreSnapshot['status'] } | undefined>('meta', (o) =>
        o.get('syncStatus'),
      );
      const [workspace] = await ask<{ id: string; name: string }[]>('workspace', (o) => o.getAll());
      const ada = await ask<{ id: string } | undefined>('users', (o) =>
        o.index('emailKey').get('ada.lovelace@northwind.example'),
      );
      const stats = ada
        ? await ask<{ types?: string[] } | undefined>('userStats', (o) => o.get(ada.id))
        : undefined;
      return {
        status: status?.value,
        workspace,
        users: await ask<number>('users', (o) => o.count()),
        adaTypes: stats?.types,
      };
    } finally {
      db.close();
    }
  });
}

/** What the panel shows: the person's name and type badges, as the user reads them. */
export function panelView(page: Page): Promise<{ name?: string; types: string[] }> {
  return page.evaluate(() => {
    const article = document.querySelector('article[aria-label="User page"]');
    return {
      name: article?.querySelector('h1')?.textContent ?? undefined,
      types: [...(article?.querySelectorAll('ul[aria-label="User type"] .badge') ?? [])].map((el) =>
        (el as HTMLElement).innerText.trim(),
      ),
    };
  });
}

/** The inline badge's words on a CRM page (inside its shadow root). */
export function badgeText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-user-type-badge]')].map(
      (el) => el.shadowRoot?.querySelector('button')?.textContent ?? '',
    ),
  );
}
