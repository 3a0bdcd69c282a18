import { queryOptions } from '@tanstack/react-query';
import { getDb } from '../db/database';
import { META } from '../db/meta';
import { definitionsFrom } from '../domain/definitions';
import type { Role } from '../domain/types';
import type { TableMeta } from '../query/dexie-query-bridge';
import { effectiveNoteTypes } from './note-types';

// Query factories for the options page. Each declares the tables it reads so the Dexie bridge
// refreshes it when this page or the background writes them. Reads the side panel also makes
// (sync status, outbox, workspace, roles, personas) use its factories in lib/panel.

const meta = (...tables: string[]): TableMeta => ({ tables });

/** Where the data comes from (the demo workspace until the user picks another source). */
export const sourceConfigQuery = () =>
  queryOptions({
    queryKey: ['meta', META.sourceConfig.key],
    queryFn: () => META.sourceConfig.get(),
    meta: meta('meta'),
  });

/** The sync interval the user saved, or null when they never changed it. */
export const syncIntervalQuery = () =>
  queryOptions({
    queryKey: ['meta', META.syncIntervalMinutes.key],
    queryFn: async () => (await META.syncIntervalMinutes.get()) ?? null,
    meta: meta('meta'),
  });

/** The workspace's definitions and this browser's overrides of them, kept apart for the form. */
export const definitionOverridesQuery = () =>
  queryOptions({
    queryKey: ['definitions', 'overrides'],
    queryFn: async () => ({
      workspaceDefs: definitionsFrom(await getDb().workspace.toCollection().first()),
      overrides: await META.definitionOverrides.get(),
    }),
    meta: meta('workspace', 'meta'),
  });

/** The note types in force, and whether they are this browser's own list. */
export const noteTypeSettingsQuery = () =>
  queryOptions({
    queryKey: ['noteTypes', 'settings'],
    queryFn: async () => {
      const workspace = await getDb().workspace.toCollection().first();
      const local = await META.noteTypes.get();
      return { types: effectiveNoteTypes(workspace, local), overridden: local !== undefined };
    },
    meta: meta('workspace', 'meta'),
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
  queryOptions({
    queryKey: ['taxonomy', what],
    queryFn: async (): Promise<TaxonomyListing> => {
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
    meta: meta(TAXONOMY[what].table, 'users', 'outbox'),
  });

/** How many records the server sent were rejected, and the latest `shown` of them. */
export const rejectedRecordsQuery = (shown: number) =>
  queryOptions({
    queryKey: ['rejected', 'latest', shown],
    queryFn: async () => {
      const table = getDb().rejected;
      const [count, latest] = await Promise.all([
        table.count(),
        table.orderBy('id').reverse().limit(shown).toArray(),
      ]);
      return { count, latest };
    },
    meta: meta('rejected'),
  });

/** Row counts of the given tables, by table name. */
export const tableCountsQuery = (tables: readonly string[]) =>
  queryOptions({
    queryKey: ['counts', ...tables],
    queryFn: async () => {
      const db = getDb();
      const counts = await Promise.all(tables.map((t) => db.table(t).count()));
      return new Map(tables.map((t, i) => [t, counts[i] ?? 0]));
    },
    meta: meta(...tables),
  });
