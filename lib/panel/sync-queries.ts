import { getDb } from '../db/database';
import { getMeta } from '../db/meta';
import type { OutboxItem } from '../db/records';
import { dexieQuery } from '../query/dexie-query';
import { SYNC_STATUS_KEY, type SyncStatus } from '../sync/sync-status';

export const syncStatusQuery = () =>
  dexieQuery({
    key: ['meta', SYNC_STATUS_KEY],
    tables: ['meta'],
    fn: async () => (await getMeta<SyncStatus>(SYNC_STATUS_KEY)) ?? null,
  });

/** The person signed in to the sync server (meta 'whoami'), used as the default note author. */
export const whoamiQuery = () =>
  dexieQuery({
    key: ['meta', 'whoami'],
    tables: ['meta'],
    fn: async () => (await getMeta<{ user?: { name?: string; email?: string } }>('whoami')) ?? null,
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
