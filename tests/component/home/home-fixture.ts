import { getDb } from '@/lib/db/database';
import type { ChangeRecord } from '@/lib/domain/change-records';
import { changeKey, type TypeChange } from '@/lib/domain/type-changes';

/** A stored change as the sync would have written it (news, still holding). */
export function changeRow(change: TypeChange, over: Partial<ChangeRecord> = {}): ChangeRecord {
  return {
    ...change,
    id: changeKey(change),
    recordedAt: new Date().toISOString(),
    news: true,
    live: 1,
    ...over,
  };
}

export async function storeChanges(...rows: ChangeRecord[]): Promise<void> {
  await getDb().typeChanges.bulkPut(rows);
}
