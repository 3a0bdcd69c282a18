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

interface BidiNode {
  type: string;
  value?: {
    nodeType?: number;
    nodeValue?: string;
    localName?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

interface BidiChannel {
  connection: { send(method: string, params: object): Promise<{ result: { result: BidiNode } }> };
}

const nodeText = (node: BidiNode | null | undefined): string => {
  const v = node?.value;
  if (!v) return '';
  if (v.nodeType === 3) return v.nodeValue ?? '';
  if (v.localName === 'style') return '';
  return [v.shadowRoot, ...(v.children ?? [])].map(nodeText).join('');
};

/**
 * The inline badges' words on a CRM page. The badge lives in a closed shadow root that page
 * scripts cannot enter, so it is read the way WebDriver BiDi serialises a node with
 * `includeShadowTree: 'all'` (closed roots included), as a user would see it.
 */
export async function badgeText(page: Page): Promise<string[]> {
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } })
    .browsingContext.id;
  const channel = page.browser() as unknown as BidiChannel;
  const { result } = await channel.connection.send('script.callFunction', {
    functionDeclaration: "() => [...document.querySelectorAll('[data-user-type-badge]')]",
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 6 },
  });
  const hosts = (result.result as unknown as { value?: BidiNode[] }).value ?? [];
  return hosts.map((host) => nodeText(host.value?.shadowRoot));
}
