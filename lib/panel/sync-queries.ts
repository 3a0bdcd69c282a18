import { queryOptions } from '@tanstack/react-query';
import { getDb } from '../db/database';
import { META } from '../db/meta';
import type { OutboxItem } from '../db/records';
import type { TableMeta } from '../query/dexie-query-bridge';

const meta = (...tables: string[]): TableMeta => ({ tables });

export const syncStatusQuery = () =>
  queryOptions({
    queryKey: ['meta', META.syncStatus.key],
    queryFn: async () => (await META.syncStatus.get()) ?? null,
    meta: meta('meta'),
  });

/** The person signed in to the sync server (meta 'whoami'), used as the default note author. */
export const whoamiQuery = () =>
  queryOptions({
    queryKey: ['meta', META.whoami.key],
    queryFn: async () => (await META.whoami.get()) ?? null,
    meta: meta('meta'),
  });

/** Outbox items by the id of the entity they touch (for "Not yet synced" marks). */
export const outboxQuery = () =>
  queryOptions({
    queryKey: ['outbox'],
    queryFn: async () => {
      const items = await getDb().outbox.orderBy('seq').toArray();
      const byEntity = new Map<string, OutboxItem[]>();
      for (const item of items) {
        const list = byEntity.get(item.entityId) ?? [];
        list.push(item);
        byEntity.set(item.entityId, list);
      }
      return {
        items,
        byEntity,
        pending: items.filter((i) => i.status === 'pending').length,
        failed: items.filter((i) => i.status === 'failed').length,
      };
    },
    meta: meta('outbox'),
  });

export const rejectedCountQuery = () =>
  queryOptions({
    queryKey: ['rejected', 'count'],
    queryFn: () => getDb().rejected.count(),
    meta: meta('rejected'),
  });
