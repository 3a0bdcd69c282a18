import { getDb } from '../db/database';
import { META } from '../db/meta';
import type { OutboxItem } from '../db/records';
import { dexieQuery } from '../query/dexie-query';

export const syncStatusQuery = () =>
  dexieQuery({
    key: ['meta', META.syncStatus.key],
    tables: ['meta'],
    fn: async () => (await META.syncStatus.get()) ?? null,
  });

/** The person signed in to the sync server (meta 'whoami'), used as the default note author. */
export const whoamiQuery = () =>
  dexieQuery({
    key: ['meta', META.whoami.key],
    tables: ['meta'],
    fn: async () => (await META.whoami.get()) ?? null,
  });

/** Outbox items by the id of the entity they touch (for "Not yet synced" marks). */
export const outboxQuery = () =>
  dexieQuery({
    key: ['outbox'],
    tables: ['outbox'],
    fn: async () => {
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
  });

export const rejectedCountQuery = () =>
  dexieQuery({
    key: ['rejected', 'count'],
    tables: ['rejected'],
    fn: () => getDb().rejected.count(),
  });
