import { shadowKey, tableOfKind } from './entities';
import type { OutboxItem } from './records';

// Items for one entity must reach the server in the order they were made: retrying edit v1
// after v2 landed would roll the server back, and a note's old PUT after its DELETE would
// resurrect it. So a failed item HOLDS every later item for the same entity until the user
// retries or discards it; items for other entities still go.

/** One key per entity across kinds: `notes:n1` covers both note.put and note.delete. */
export const entityKeyOf = (item: Pick<OutboxItem, 'kind' | 'entityId'>): string =>
  shadowKey(tableOfKind(item.kind), item.entityId);

/** For each entity with a failed item, the seq of its earliest failed item. */
export function firstFailures(failed: OutboxItem[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of failed) {
    if (item.seq === undefined) continue;
    const key = entityKeyOf(item);
    const seen = out.get(key);
    if (seen === undefined || item.seq < seen) out.set(key, item.seq);
  }
  return out;
}

/** Whether a pending item waits behind an earlier failed item for the same entity. */
export function isHeld(item: OutboxItem, failures: Map<string, number>): boolean {
  const failedAt = failures.get(entityKeyOf(item));
  return item.status === 'pending' && failedAt !== undefined && (item.seq ?? 0) > failedAt;
}

/** The seqs of the items held back, for the outbox list. */
export function heldSeqs(items: OutboxItem[]): Set<number> {
  const failures = firstFailures(items.filter((i) => i.status === 'failed'));
  return new Set(
    items.filter((i) => isHeld(i, failures)).flatMap((i) => (i.seq === undefined ? [] : [i.seq])),
  );
}
