import { getDb } from '../db/database';
import { META } from '../db/meta';
import { definitionsFrom } from '../domain/definitions';
import type { Role } from '../domain/types';
import { type DbTable, dexieQuery } from '../query/dexie-query';
import { effectiveNoteTypes } from './note-types';

// Query factories for the options page. Each declares the tables it reads so the Dexie bridge
// refreshes it when this page or the background writes them. Reads the side panel also makes
// (sync status, outbox, workspace, roles, personas) use its factories in lib/panel.

/** Where the data comes from (the demo workspace until the user picks another source). */
export const sourceConfigQuery = () =>
  dexieQuery({
    key: ['meta', META.sourceConfig.key],
    tables: ['meta'],
    fn: () => META.sourceConfig.get(),
  });

/** The sync interval the user saved, or null when they never changed it. */
export const syncIntervalQuery = () =>
  dexieQuery({
    key: ['meta', META.syncIntervalMinutes.key],
    tables: ['meta'],
    fn: async () => (await META.syncIntervalMinutes.get()) ?? null,
  });

/** The workspace's definitions and this browser's overrides of them, kept apart for the form. */
export const definitionOverridesQuery = () =>
  dexieQuery({
    key: ['definitions', 'overrides'],
    tables: ['workspace', 'meta'],
    fn: async () => ({
      workspaceDefs: definitionsFrom(await getDb().workspace.toCollection().first()),
      overrides: await META.definitionOverrides.get(),
    }),
  });

/** The note types in force, and whether they are this browser's own list. */
export const noteTypeSettingsQuery = () =>
  dexieQuery({
    key: ['noteTypes', 'settings'],
    tables: ['workspace', 'meta'],
    fn: async () => {
      const workspace = await getDb().workspace.toCollection().first();
      const local = await META.noteTypes.get();
      return { types: effectiveNoteTypes(workspace, local), overridden: local !== undefined };
    },
  });

export interface TaxonomyListing {
  items: Role[];
  holders: Map<string, number>;
  unsynced: Set<string>;
}

const TAXONOMY = {
  role: { table: 'roles', field: 'roleId' },
  persona: { table: 'personas', field: 'personaId' },
} as const;

/** Roles or personas by name, how many users hold each, and which have unsent changes. */
export const taxonomyListingQuery = (what: 'role' | 'persona') =>
  dexieQuery({
    key: ['taxonomy', what],
    tables: [TAXONOMY[what].table, 'users', 'outbox'],
    fn: async (): Promise<TaxonomyListing> => {
      const db = getDb();
      const { table, field } = TAXONOMY[what];
      const items = (await db[table].toArray()).sort((a, b) => a.name.localeCompare(b.name));
      const holders = new Map<string, number>();
      for (const item of items)
        holders.set(item.id, await db.users.where(field).equals(item.id).count());
      const kinds = [`${what}.put`, `${what}.delete`];
      const pending = await db.outbox.filter((o) => kinds.includes(o.kind)).toArray();
      return { items, holders, unsynced: new Set(pending.map((o) => o.entityId)) };
    },
  });

/** How many records the server sent were rejected, and the latest `shown` of them. */
export const rejectedRecordsQuery = (shown: number) =>
  dexieQuery({
    key: ['rejected', 'latest', shown],
    tables: ['rejected'],
    fn: async () => {
      const table = getDb().rejected;
      const [count, latest] = await Promise.all([
        table.count(),
        table.orderBy('id').reverse().limit(shown).toArray(),
      ]);
      return { count, latest };
    },
  });

/**
 * Row counts of the given tables, by table name. `asOf` (the last completed sync) set: counted
 * once per completed sync, not on every write. Counting is a scan in Chromium: a million events
 * take seconds, and a count refreshed on every synced page held the events store against the
 * sync's own writes (the next page, or the next run, waited for it).
 */
export const tableCountsQuery = (tables: readonly DbTable[], asOf?: string | null) =>
  dexieQuery({
    key: asOf === undefined ? ['counts', ...tables] : ['counts', 'asOf', asOf, ...tables],
    tables: asOf === undefined ? tables : [],
    fn: async () => {
      const db = getDb();
      const counts = await Promise.all(tables.map((t) => db.table(t).count()));
      return new Map(tables.map((t, i) => [t, counts[i] ?? 0]));
    },
  });
