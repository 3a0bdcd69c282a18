import type { QueryClient } from '@tanstack/react-query';
import Dexie from 'dexie';

/** Tables a query reads, kept in the query's `meta` so a change to a table refreshes it. */
export interface TableMeta extends Record<string, unknown> {
  tables: readonly string[];
}

/** Table names touched, from Dexie's mutated parts ("idb://<db>/<table>/<index>"). */
export function tablesOf(parts: Record<string, unknown>, dbName: string): Set<string> {
  const prefix = `idb://${dbName}/`;
  const tables = new Set<string>();
  for (const key of Object.keys(parts)) {
    if (!key.startsWith(prefix)) continue;
    const table = key.slice(prefix.length).split('/')[0];
    if (table) tables.add(table);
  }
  return tables;
}

/**
 * Keeps TanStack Query fresh from Dexie's own change notifications: every committed write, in
 * this page or in the background worker (Dexie relays them over a BroadcastChannel), invalidates
 * the queries that read a touched table. No polling.
 */
export function bridgeDexieToQuery(client: QueryClient, dbName: () => string): () => void {
  const onMutated = (parts: Record<string, unknown>) => {
    const tables = tablesOf(parts, dbName());
    if (tables.size === 0) return;
    void client.invalidateQueries({
      predicate: (q) => {
        const meta = q.meta as Partial<TableMeta> | undefined;
        return meta?.tables?.some((t) => tables.has(t)) ?? false;
      },
    });
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
