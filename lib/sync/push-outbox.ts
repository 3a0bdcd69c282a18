import { getDb } from '../db/database';
import { shadowKey, tableOfKind } from '../db/entities';
import { releaseShadowIfDone } from '../db/outbox';
import { firstFailures, isHeld } from '../db/outbox-order';
import type { OutboxItem } from '../db/records';
import { toStoredUser } from '../db/stored-keys';
import { entitySchemas } from '../protocol/schemas';
import { type RetryOptions, withRetry } from './retry';
import type { PushResult, Source } from './source';

/**
 * Pushes pending outbox items oldest first. Each request is idempotent (PUT/DELETE/PATCH by
 * id), so one repeated after a timeout or a stopped worker is harmless. An item the server
 * refuses for good is marked failed with its message; later items for the SAME entity are held
 * behind it (see outbox-order.ts), items for other entities still go.
 * Returns how many items were delivered.
 */
export async function pushOutbox(source: Source, retry: RetryOptions): Promise<number> {
  const db = getDb();
  let delivered = 0;
  let after = 0;
  for (;;) {
    const failures = firstFailures(await db.outbox.where('status').equals('failed').toArray());
    const item = await db.outbox
      .where('seq')
      .above(after)
      .filter((o) => o.status === 'pending' && !isHeld(o, failures))
      .first();
    if (!item || item.seq === undefined) return delivered;
    const seq = item.seq;
    after = seq;
    await db.outbox.update(seq, { attempts: item.attempts + 1 });
    const result = await withRetry(() => source.push(item, retry.signal), retry);
    if (result.ok) {
      await finish(item, result);
      delivered += 1;
    } else {
      await db.outbox.update(seq, { status: 'failed', lastError: result.message });
    }
  }
}

async function finish(item: OutboxItem, result: Extract<PushResult, { ok: true }>): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    if (item.seq !== undefined) await db.outbox.delete(item.seq);
    await applyReturnedUser(item, result.body);
    await releaseShadowIfDone(db, item, false);
  });
}

/**
 * A PATCH answers with the whole user as the server stored it: that becomes the local row (or
 * the shadow, while later edits of the same user wait), so a server that merges fields or never
 * echoes the change in the feed does not leave the local copy stale.
 */
async function applyReturnedUser(item: OutboxItem, body: unknown): Promise<void> {
  if (item.kind !== 'user.patch') return;
  const parsed = entitySchemas.user.safeParse(body);
  if (!parsed.success || parsed.data.id !== item.entityId) return;
  const db = getDb();
  const waiting = await db.outbox
    .where('entityId')
    .equals(item.entityId)
    .filter((o) => tableOfKind(o.kind) === 'users')
    .count();
  const key = shadowKey('users', item.entityId);
  if (waiting > 0 && (await db.shadows.get(key)))
    await db.shadows.update(key, { data: toStoredUser(parsed.data) });
  else await db.users.put(toStoredUser(parsed.data));
}
