import type { Page } from 'playwright-core';
import { evalIn } from './in-page';

/**
 * The floor of a sync page's cost without the engine: fetch the same pages from the bench
 * server in an extension page, JSON.parse them, and put each change's data as-is into a
 * database with the engine's stores. Timed per phase, so the engine's own per-page time can be
 * compared with the part no client can avoid (transfer, parse, the writes themselves).
 */
export interface PipelineResult {
  pages: number;
  records: number;
  fetchMs: number;
  parseMs: number;
  putMs: number;
  totalMs: number;
}

interface PipelineArgs {
  baseUrl: string;
  token: string;
  source: string;
  target: string;
  storeOf: Record<string, string>;
}

async function pipelineInPage(args: PipelineArgs): Promise<PipelineResult> {
  const open = (name: string, version?: number, upgrade?: (db: IDBDatabase) => void) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, version);
      r.onupgradeneeded = () => upgrade?.(r.result);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const src = await open(args.source);
  const names = [...new Set(Object.values(args.storeOf))];
  const defs = names.map((name) => {
    const store = src.transaction(name).objectStore(name);
    const indexes = Array.from(store.indexNames).map((i) => {
      const idx = store.index(i);
      return { name: i, keyPath: idx.keyPath, unique: idx.unique, multiEntry: idx.multiEntry };
    });
    return { name, keyPath: store.keyPath, indexes };
  });
  src.close();
  await new Promise((resolve) => {
    indexedDB.deleteDatabase(args.target).onsuccess = resolve;
  });
  const dst = await open(args.target, 1, (db) => {
    for (const d of defs) {
      const s = db.createObjectStore(d.name, { keyPath: d.keyPath });
      for (const i of d.indexes)
        s.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  });
  const r: PipelineResult = { pages: 0, records: 0, fetchMs: 0, parseMs: 0, putMs: 0, totalMs: 0 };
  const start = performance.now();
  let cursor: string | undefined;
  for (;;) {
    const t0 = performance.now();
    const q = cursor ? `cursor=${encodeURIComponent(cursor)}&limit=5000` : 'limit=5000';
    const res = await fetch(`${args.baseUrl}/v1/changes?${q}`, {
      headers: { Authorization: `Bearer ${args.token}`, Accept: 'application/json' },
    });
    const text = await res.text();
    const t1 = performance.now();
    const page = JSON.parse(text) as {
      cursor: string;
      hasMore: boolean;
      changes: { type: string; data: unknown }[];
    };
    const t2 = performance.now();
    const tx = dst.transaction(names, 'readwrite');
    for (const c of page.changes) {
      const store = args.storeOf[c.type];
      if (store) tx.objectStore(store).put(c.data);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const t3 = performance.now();
    r.fetchMs += t1 - t0;
    r.parseMs += t2 - t1;
    r.putMs += t3 - t2;
    r.pages += 1;
    r.records += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  r.totalMs = performance.now() - start;
  dst.close();
  await new Promise((resolve) => {
    indexedDB.deleteDatabase(args.target).onsuccess = resolve;
  });
  return r;
}

export function rawPipeline(
  page: Page,
  baseUrl: string,
  token: string,
  source = 'user-page',
): Promise<PipelineResult> {
  return evalIn(page, pipelineInPage, {
    baseUrl,
    token,
    source,
    target: 'bench-pipeline',
    storeOf: { workspace: 'workspace', account: 'accounts', user: 'users', event: 'events' },
  });
}
