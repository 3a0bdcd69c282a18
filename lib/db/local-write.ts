import type { Table } from 'dexie';
import { getDb, type UserPageDB } from './database';
import { type LocalTable, shadowKey } from './entities';
import type { OutboxItem } from './records';

export function localTable(db: UserPageDB, table: LocalTable): Table<unknown, string> {
  return db.table(table) as Table<unknown, string>;
}

/** The tables a local write transaction needs (users too: deletes check who holds a role). */
function writeTables(db: UserPageDB, table: LocalTable) {
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
