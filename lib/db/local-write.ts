import type { Table } from 'dexie';
import { getDb, type UserPageDB } from './database';
import { ENTITIES, type EntityRegistry, type LocalEntity, type LocalTable } from './entities';
import type { OutboxItem, OutboxKind } from './records';

export const shadowKey = (table: LocalTable, id: string) => `${table}:${id}`;

/** Which local table an outbox item's entity lives in. */
export function tableOfKind(kind: OutboxKind): LocalTable {
  const type = kind.slice(0, kind.indexOf('.'));
  // Kinds are typed, so only a corrupt row gets here: failing beats filing it under a table.
  if (!Object.hasOwn(ENTITIES, type) || !(ENTITIES as EntityRegistry)[type]?.local)
    throw new Error(`Unknown outbox kind "${kind}".`);
  return ENTITIES[type as LocalEntity].table;
}

export function localTable(db: UserPageDB, table: LocalTable): Table<unknown, string> {
  return db.table(table) as Table<unknown, string>;
}

/** The tables a local write transaction needs (users too: deletes check who holds a role). */
export function writeTables(db: UserPageDB, table: LocalTable) {
  return [localTable(db, table), db.users, db.outbox, db.shadows, db.meta];
}

/**
 * Must run inside a rw transaction over writeTables(). Remembers the server's version of the
 * entity (the row as it is before the first local edit) and queues the push.
 */
export async function recordLocalWrite(
  db: UserPageDB,
  table: LocalTable,
  id: string,
  item: Omit<OutboxItem, 'seq' | 'status' | 'attempts' | 'createdAt' | 'entityId'>,
): Promise<void> {
  const key = shadowKey(table, id);
  if (!(await db.shadows.get(key))) {
    const current = await localTable(db, table).get(id);
    await db.shadows.put(
      current === undefined ? { key, table, id } : { key, table, id, data: current },
    );
  }
  await db.outbox.add({
    ...item,
    entityId: id,
    status: 'pending',
    attempts: 0,
    createdAt: new Date().toISOString(),
  });
}

/** Runs `fn` in one rw transaction over the entity's table, the outbox and the shadows. */
export function localWrite<T>(table: LocalTable, fn: (db: UserPageDB) => Promise<T>): Promise<T> {
  const db = getDb();
  return db.transaction('rw', writeTables(db, table), () => fn(db));
}
