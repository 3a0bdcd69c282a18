import { changeKey, type TypeChange } from './type-changes';

/** A type change as stored: when the extension first saw it and whether it is news. */
export interface ChangeRecord extends TypeChange {
  /** changeKey(): user, kind and day. */
  id: string;
  /** When this change was first computed (ISO). */
  recordedAt: string;
  /**
   * True when it appeared in a sync that brought new activity or a new day. False for what the
   * initial sync found and for history recomputed under changed definitions: not news.
   */
  news: boolean;
  /** 1 while the change still holds; 0 when a recompute no longer finds it (kept so it is
   * never announced twice). A number because IndexedDB cannot index booleans. */
  live: 0 | 1;
  alertedAt?: string;
}

/**
 * Brings the stored records of some users in line with a fresh computation for the same users
 * and days. A change seen before (live or not) keeps its first sighting, its news flag and its
 * alert; only a key never seen is new, and it is news only when `news` says the run brought
 * news. Records the computation no longer finds are kept with live = 0.
 */
export function reconcileChanges(input: {
  existing: ChangeRecord[];
  computed: TypeChange[];
  now: string;
  news: boolean;
}): ChangeRecord[] {
  const byId = new Map(input.existing.map((r) => [r.id, r]));
  const out: ChangeRecord[] = [];
  const seen = new Set<string>();
  for (const change of input.computed) {
    const id = changeKey(change);
    if (seen.has(id)) continue;
    seen.add(id);
    const old = byId.get(id);
    if (old) {
      if (old.live === 1 && sameFacts(old, change)) continue;
      out.push({ ...old, ...change, live: 1 });
    } else out.push({ ...change, id, recordedAt: input.now, news: input.news, live: 1 });
  }
  for (const old of input.existing)
    if (old.live === 1 && !seen.has(old.id)) out.push({ ...old, live: 0 });
  return out;
}

function sameFacts(a: TypeChange, b: TypeChange): boolean {
  return a.accountId === b.accountId && (a.before ?? []).join() === (b.before ?? []).join();
}
