import type { EntityType } from '../protocol/schemas';
import type { TableName } from './database';

// Every entity type of the sync protocol, once: the table its rows live in and the local writes
// the extension queues for it (outbox kinds `<type>.<op>`; none = only the server changes it).
// The table lists, the outbox kinds and the per-type rules of applying a page and of a reset
// are derived from here, so a new entity type is a compile error until each place handles it
// (tests/unit/db/entity-registry.test-d.ts shows which).

export type LocalOp = 'put' | 'patch' | 'delete';

export interface EntitySpec<Table extends string = string> {
  table: Table;
  local?: readonly LocalOp[];
}

/** One spec per entity type of a protocol (`T`), each stored in one of the `Table`s. */
export type EntityRegistry<T extends string = string, Table extends string = string> = {
  readonly [K in T]: EntitySpec<Table>;
};

export const ENTITIES = {
  workspace: { table: 'workspace' },
  account: { table: 'accounts' },
  user: { table: 'users', local: ['patch', 'put'] },
  event: { table: 'events' },
  activityDay: { table: 'activityDays' },
  note: { table: 'notes', local: ['put', 'delete'] },
  cadence: { table: 'cadences' },
  enrollment: { table: 'enrollments', local: ['put'] },
  role: { table: 'roles', local: ['put', 'delete'] },
  persona: { table: 'personas', local: ['put', 'delete'] },
} as const satisfies EntityRegistry<EntityType, TableName>;

export type Entities = typeof ENTITIES;

/** The entity types of a registry the extension writes locally. */
export type LocalEntityOf<R extends EntityRegistry> = {
  [T in keyof R]: R[T] extends { local: readonly LocalOp[] } ? T : never;
}[keyof R];

/** The outbox kinds of a registry: `note.put`, `user.patch`, … */
export type OutboxKindOf<R extends EntityRegistry> = {
  [T in LocalEntityOf<R>]: R[T] extends { local: readonly (infer Op extends LocalOp)[] }
    ? `${T & string}.${Op}`
    : never;
}[LocalEntityOf<R>];

export type TableOf<T extends EntityType> = Entities[T]['table'];
export type EntityTableName = TableOf<EntityType>;
export type LocalEntity = LocalEntityOf<Entities>;
/** Tables a local write can touch (the outbox protects their rows from sync until pushed). */
export type LocalTable = TableOf<LocalEntity>;

const specs = Object.values(ENTITIES) as readonly EntitySpec[];

/** Every table that holds synced entities. */
export const ENTITY_TABLES = specs.map((e) => e.table) as readonly EntityTableName[];

/** Every table a local write can touch. */
export const LOCAL_TABLES = specs.flatMap((e) =>
  e.local ? [e.table] : [],
) as readonly LocalTable[];

export const isLocalTable = (table: string): table is LocalTable =>
  (LOCAL_TABLES as readonly string[]).includes(table);

/** The key of a local entity's row across tables (`notes:n1`): shadows and outbox order use it. */
export const shadowKey = (table: LocalTable, id: string) => `${table}:${id}`;

/** Which local table an outbox item's entity lives in. */
export function tableOfKind(kind: OutboxKindOf<Entities>): LocalTable {
  const type = kind.slice(0, kind.indexOf('.'));
  // Kinds are typed, so only a corrupt row gets here: failing beats filing it under a table.
  if (!Object.hasOwn(ENTITIES, type) || !(ENTITIES as EntityRegistry)[type]?.local)
    throw new Error(`Unknown outbox kind "${kind}".`);
  return ENTITIES[type as LocalEntity].table;
}
