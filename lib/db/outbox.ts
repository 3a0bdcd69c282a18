import { getDb, type UserPageDB } from './database';
import { LOCAL_TABLES, shadowKey, tableOfKind } from './entities';
import { localTable } from './local-write';
import type { OutboxItem } from './records';

/** Every queued local write, oldest first (pending and failed). */
export function listOutbox(): Promise<OutboxItem[]> {
  return getDb().outbox.orderBy('seq').toArray();
}

/** Puts a failed item back in the queue; the next push sends it again. */
export async function retryOutboxItem(seq: number): Promise<void> {
  await getDb().outbox.update(seq, { status: 'pending', attempts: 0, lastError: undefined });
}

/**
 * Drops a queued write. When it was the last one for its entity, the local copy goes back to
 * the server's version (kept as a shadow when the edit was made).
 */
export async function discardOutboxItem(seq: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', ['outbox', 'shadows', ...LOCAL_TABLES], async () => {
    const item = await db.outbox.get(seq);
    if (!item) return;
    await db.outbox.delete(seq);
    await releaseShadowIfDone(db, item, true);
  });
}

/**
 * After an item leaves the outbox: if no other item touches the same entity, the shadow is
 * no longer needed. On discard the server's version is restored; after a delivered push the
 * local copy already equals what the server stored.
 */
export async function releaseShadowIfDone(
  db: UserPageDB,
  item: OutboxItem,
  restore: boolean,
): Promise<void> {
  const table = tableOfKind(item.kind);
  const others = await db.outbox
    .where('entityId')
    .equals(item.entityId)
    .filter((o) => tableOfKind(o.kind) === table)
    .count();
  if (others > 0) return;
  const key = shadowKey(table, item.entityId);
  const shadow = await db.shadows.get(key);
  if (!shadow) return;
  await db.shadows.delete(key);
  if (!restore) return;
  if (shadow.data === undefined) await localTable(db, table).delete(item.entityId);
  else await localTable(db, table).put(shadow.data);
}
