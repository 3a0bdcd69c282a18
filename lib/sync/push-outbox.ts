import { getDb } from '../db/database';
import { releaseShadowIfDone } from '../db/outbox';
import type { OutboxItem } from '../db/records';
import { type RetryOptions, withRetry } from './retry';
import type { Source } from './source';

/**
 * Pushes pending outbox items oldest first. Each request is idempotent (PUT/DELETE/PATCH by
 * id), so one repeated after a timeout or a stopped worker is harmless. An item the server
 * refuses for good is marked failed with its message and the next items still go.
 * Returns how many items were delivered.
 */
export async function pushOutbox(source: Source, retry: RetryOptions): Promise<number> {
  const db = getDb();
  let delivered = 0;
  let after = 0;
  for (;;) {
    const item = await db.outbox
      .where('seq')
      .above(after)
      .filter((o) => o.status === 'pending')
      .first();
    if (!item || item.seq === undefined) return delivered;
    const seq = item.seq;
    after = seq;
    await db.outbox.update(seq, { attempts: item.attempts + 1 });
    const result = await withRetry(() => source.push(item, retry.signal), retry);
    if (result.ok) {
      await finish(item);
      delivered += 1;
    } else {
      await db.outbox.update(seq, { status: 'failed', lastError: result.message });
    }
  }
}

async function finish(item: OutboxItem): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    if (item.seq !== undefined) await db.outbox.delete(item.seq);
    await releaseShadowIfDone(db, item, false);
  });
}
