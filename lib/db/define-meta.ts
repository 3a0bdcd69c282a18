import { getDb } from './database';

// Small key/value settings and sync state in the `meta` table, each declared once in
// meta-keys.ts with its type and the value read when it is absent (as WXT's storage.defineItem
// does for extension storage). Kept in IndexedDB rather than extension storage so the cursor can
// be written in the same transaction as the page it belongs to: inside db.transaction() over
// `meta`, these reads and writes join that transaction.

/** When a reset of the synced data forgets the value (see reset-data.ts); absent = never. */
export type MetaReset = 'resync' | 'everything';

export interface MetaItem<T> {
  readonly key: string;
  readonly reset?: MetaReset;
  /** The stored value, or the fallback when none is stored. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
}

export function defineMeta<T>(key: string, fallback: T, reset?: MetaReset): MetaItem<T> {
  return {
    key,
    ...(reset ? { reset } : {}),
    async get() {
      const row = await getDb().meta.get(key);
      return row === undefined ? fallback : (row.value as T);
    },
    async set(value) {
      await getDb().meta.put({ key, value });
    },
    async remove() {
      await getDb().meta.delete(key);
    },
  };
}

/** Rows `prefix + id` of one kind (chunks of an import, one ledger per source). */
export interface MetaFamily<T> {
  readonly prefix: string;
  item(id: string): MetaItem<T | undefined>;
  getMany(ids: string[]): Promise<(T | undefined)[]>;
  putMany(entries: [id: string, value: T][]): Promise<void>;
  /** Deletes every row of the family. */
  clear(): Promise<void>;
}

export function defineMetaFamily<T>(prefix: string): MetaFamily<T> {
  return {
    prefix,
    item: (id) => defineMeta<T | undefined>(prefix + id, undefined),
    async getMany(ids) {
      const rows = await getDb().meta.bulkGet(ids.map((id) => prefix + id));
      return rows.map((r) => r?.value as T | undefined);
    },
    async putMany(entries) {
      await getDb().meta.bulkPut(entries.map(([id, value]) => ({ key: prefix + id, value })));
    },
    async clear() {
      await getDb().meta.where('key').startsWith(prefix).delete();
    },
  };
}
