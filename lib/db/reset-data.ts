import { getDb } from './database';
import { shadowKey, tableOfKind } from './local-write';
import { META } from './meta';
import type { LocalTable } from './records';

const LOCAL_TABLES: LocalTable[] = ['users', 'notes', 'enrollments', 'roles', 'personas'];

/**
 * Forgets the synced data before pulling from no cursor (410, or a new source).
 * `resync`: the outbox and the rows it edits survive (they will be pushed); the shadows now
 * say "the server has nothing" until the new feed delivers each entity again.
 * `everything`: the outbox, CRM sightings and the whoami go too (the definition overrides stay) (data reset or a
 * switch of source after the user agreed to lose the unsent changes).
 */
export async function resetSyncedData(mode: 'resync' | 'everything'): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    const outbox = mode === 'resync' ? await db.outbox.toArray() : [];
    const keep = new Map<LocalTable, Set<string>>();
    for (const item of outbox) {
      const table = tableOfKind(item.kind);
      const ids = keep.get(table) ?? new Set<string>();
      ids.add(item.entityId);
      keep.set(table, ids);
    }
    for (const table of LOCAL_TABLES) {
      const ids = [...(keep.get(table) ?? [])];
      const rows = ids.length ? await db.table(table).bulkGet(ids) : [];
      await db.table(table).clear();
      const kept = rows.filter((r) => r !== undefined);
      if (kept.length) await db.table(table).bulkPut(kept);
    }
    for (const t of [db.workspace, db.accounts, db.events, db.activityDays, db.cadences])
      await t.clear();
    for (const t of [db.thresholds, db.userStats, db.rejected]) await t.clear();
    await db.meta.bulkDelete([
      META.cursor,
      META.derivedDay,
      META.derivedDefinitions,
      META.derivedThreshold,
      META.windowCountHistogram,
    ]);
    if (mode === 'resync') {
      const shadows = await db.shadows.toArray();
      await db.shadows.bulkPut(
        shadows.map((s) => ({ key: shadowKey(s.table, s.id), table: s.table, id: s.id })),
      );
    } else {
      for (const t of [db.outbox, db.shadows, db.crmSightings]) await t.clear();
      await db.meta.delete(META.whoami);
    }
  });
}
