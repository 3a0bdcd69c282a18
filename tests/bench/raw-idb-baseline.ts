import type { Page } from 'playwright-core';
import { evalIn } from './in-page';

/**
 * The ceiling for initial sync: in an extension page of the same browser, plain IndexedDB
 * writes the very rows the engine stored for the feed's records (workspace, accounts, users
 * with their index keys, events) into a database with the same object stores and indexes,
 * copied from the engine's database. Rows are read first (not timed), then written with `put`
 * in large read-write transactions; only the write transactions are timed.
 */
export interface RawResult {
  records: number;
  writeMs: number;
  perStore: Record<string, { records: number; writeMs: number }>;
}

interface RawArgs {
  source: string;
  target: string;
  stores: string[];
  batch: number;
}

async function rawCopyInPage(args: RawArgs): Promise<RawResult> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const open = (name: string, version?: number, upgrade?: (db: IDBDatabase) => void) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, version);
      r.onupgradeneeded = () => upgrade?.(r.result);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const src = await open(args.source);
  // Same stores and indexes as the engine's database (read from it, not restated here).
  const defs = args.stores.map((name) => {
    const store = src.transaction(name).objectStore(name);
    const indexes = Array.from(store.indexNames).map((i) => {
      const idx = store.index(i);
      return { name: i, keyPath: idx.keyPath, unique: idx.unique, multiEntry: idx.multiEntry };
    });
    return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
  await req(indexedDB.deleteDatabase(args.target));
  const dst = await open(args.target, 1, (db) => {
    for (const d of defs) {
      const s = db.createObjectStore(d.name, {
        keyPath: d.keyPath,
        autoIncrement: d.autoIncrement,
      });
      for (const i of d.indexes)
        s.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  });
  const result: RawResult = { records: 0, writeMs: 0, perStore: {} };
  for (const name of args.stores) {
    let lower: IDBValidKey | undefined;
    let records = 0;
    let writeMs = 0;
    for (;;) {
      const range = lower === undefined ? undefined : IDBKeyRange.lowerBound(lower, true);
      const readTx = src.transaction(name);
      const store = readTx.objectStore(name);
      const [rows, keys] = await Promise.all([
        req(store.getAll(range, args.batch)),
        req(store.getAllKeys(range, args.batch)),
      ]);
      if (rows.length === 0) break;
      lower = keys[keys.length - 1];
      const t0 = performance.now();
      const tx = dst.transaction(name, 'readwrite');
      const out = tx.objectStore(name);
      for (const row of rows) out.put(row);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      writeMs += performance.now() - t0;
      records += rows.length;
      if (rows.length < args.batch) break;
    }
    result.perStore[name] = { records, writeMs };
    result.records += records;
    result.writeMs += writeMs;
  }
  src.close();
  dst.close();
  // The copy is left in place (the next copy deletes it first): deleting 100+ MB here keeps
  // IndexedDB's backend busy for seconds and slowed every scenario measured after it.
  return result;
}

export function rawCopy(
  page: Page,
  stores: string[],
  batch = 20_000,
  source = 'user-page',
): Promise<RawResult> {
  return evalIn(page, rawCopyInPage, { source, target: 'bench-raw', stores, batch });
}
