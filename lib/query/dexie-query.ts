import { type QueryFunction, type QueryKey, queryOptions } from '@tanstack/react-query';
import type { Table } from 'dexie';
import type { UserPageDB } from '../db/database';
import type { TableMeta } from './dexie-query-bridge';

/** The names of the database's tables, read off the Dexie class: a misspelt one does not compile. */
export type DbTable = {
  [K in keyof UserPageDB]: UserPageDB[K] extends Table ? K : never;
}[keyof UserPageDB] &
  string;

export interface DexieQuery<TData, TKey extends QueryKey> {
  key: TKey;
  /** Every table `fn` reads: a write to any of them refreshes the query (dexie-query-bridge). */
  tables: readonly DbTable[];
  fn: QueryFunction<TData, TKey>;
}

/**
 * A query over IndexedDB: TanStack `queryOptions` whose `meta.tables` the Dexie bridge reads,
 * so the query is refetched when a committed write touches one of its tables.
 */
export function dexieQuery<TData, TKey extends QueryKey>({
  key,
  tables,
  fn,
}: DexieQuery<TData, TKey>) {
  return queryOptions({ queryKey: key, queryFn: fn, meta: { tables } satisfies TableMeta });
}
