import { getDb, type TableName } from './database';
import {
  ENTITY_TABLES,
  type EntityTableName,
  isLocalTable,
  type LocalTable,
  shadowKey,
  tableOfKind,
} from './entities';
import { META } from './meta';

export type ResetMode = 'resync' | 'everything';

/**
 * What a reset does to each table that holds no synced entity (those are always emptied, but
 * on a resync the rows a queued local write edits stay). Every table must say: a new table is
 * a compile error here until its fate on a reset is decided.
 */
export type OtherTableResets<T extends string> = {
  readonly [K in T]: 'clear' | 'clear everything' | 'keep' | 'server copies' | 'per key';
};

export const OTHER_TABLE_RESETS = {
  thresholds: 'clear',
  userStats: 'clear',
  rejected: 'clear',
  outbox: 'clear everything',
  crmSightings: 'clear everything',
  /** A resync keeps the shadows but forgets the server's versions in them. */
  shadows: 'server copies',
  /** Each key says in lib/db/meta.ts. */
  meta: 'per key',
  // home: the rep's own history, pins and page views outlive a resync of the same workspace,
  // but name its users and accounts: a data reset or another source leaves none of them.
  typeChanges: 'clear everything',
  pins: 'clear everything',
  views: 'clear everything',
} as const satisfies OtherTableResets<Exclude<TableName, EntityTableName>>;

/**
 * Forgets the synced data before pulling from no cursor (410, or a new source).
 * `resync`: the outbox and the rows it edits survive (they will be pushed); the shadows now
 * say "the server has nothing" until the new feed delivers each entity again.
 * `everything`: nothing of the workspace stays: the outbox, CRM sightings, the home's type
 * changes, pins and views and the whoami go too; this browser's settings (the source, the
 * definition overrides, note types, alert choices) stay (data reset or a switch of source
 * after the user agreed to lose the unsent changes).
 */
export async function resetSyncedData(mode: ResetMode): Promise<void> {
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
    for (const table of ENTITY_TABLES) {
      const ids = isLocalTable(table) ? [...(keep.get(table) ?? [])] : [];
      const rows = ids.length ? await db.table(table).bulkGet(ids) : [];
      await db.table(table).clear();
      const kept = rows.filter((r) => r !== undefined);
      if (kept.length) await db.table(table).bulkPut(kept);
    }
    for (const [table, reset] of Object.entries(OTHER_TABLE_RESETS))
      if (reset === 'clear' || (reset === 'clear everything' && mode === 'everything'))
        await db.table(table).clear();
    for (const item of Object.values(META))
      if ('reset' in item && (item.reset === 'resync' || item.reset === mode)) await item.remove();
    if (mode === 'resync') {
      const shadows = await db.shadows.toArray();
      await db.shadows.bulkPut(
        shadows.map((s) => ({ key: shadowKey(s.table, s.id), table: s.table, id: s.id })),
      );
    } else await db.shadows.clear();
  });
}
