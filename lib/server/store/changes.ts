import type { Sql } from '../db/driver';

// Every write goes through here, inside the caller's transaction: the entity row and its
// change-log row change together. An entity keeps only its latest change in the log (the older
// one is deleted as superseded), so the feed is as long as the workspace plus recent deletes.

export type Row = Record<string, unknown>;

/** The entity id a change names: activityDay rows are identified by user and day. */
export const idOf = (type: string, data: Row): string =>
  type === 'activityDay' ? `${data.userId}/${data.day}` : String(data.id);

/**
 * Serialises writers: a change's seq must never become visible after a higher one (a client
 * holding the higher cursor would skip it). Readers are not blocked.
 */
export async function lockFeed(tx: Sql): Promise<void> {
  await tx.query('LOCK TABLE changes IN EXCLUSIVE MODE');
}

export interface WriteOptions {
  /** Keep an existing row untouched (events are immutable: the first copy of an id wins). */
  insertOnly?: boolean;
  /** Store without appending to the feed (events of a workspace that syncs daily rollups). */
  feed?: boolean;
}

/**
 * Upserts entities of one type and appends a change for each one that really changed;
 * returns the ids written. Rows equal to the stored ones are not echoed again.
 */
export async function writeEntities(
  tx: Sql,
  type: string,
  rows: Row[],
  opts: WriteOptions = {},
): Promise<string[]> {
  if (rows.length === 0) return [];
  const input = rows.map((data) => ({ id: idOf(type, data), data }));
  const conflict = opts.insertOnly
    ? 'DO NOTHING'
    : 'DO UPDATE SET data = excluded.data WHERE entities.data IS DISTINCT FROM excluded.data';
  // The last copy of an id within one call wins, like separate calls in order would.
  const written = await tx.query<{ id: string }>(
    `INSERT INTO entities (type, id, data)
     SELECT DISTINCT ON (r->>'id') $1, r->>'id', r->'data'
       FROM jsonb_array_elements($2::text::jsonb) WITH ORDINALITY AS t(r, ord)
      ORDER BY r->>'id', ord DESC
     ON CONFLICT (type, id) ${conflict}
     RETURNING id`,
    [type, JSON.stringify(input)],
  );
  const ids = written.map((r) => r.id);
  if (ids.length === 0 || opts.feed === false) return ids;
  if (!opts.insertOnly)
    await tx.query('DELETE FROM changes WHERE type = $1 AND entity_id = ANY($2::text[])', [
      type,
      ids,
    ]);
  await tx.query(
    `INSERT INTO changes (type, entity_id, op, data)
     SELECT $1, id, 'upsert', data FROM entities
      WHERE type = $1 AND id = ANY($2::text[]) ORDER BY id`,
    [type, ids],
  );
  return ids;
}

/** Deletes an entity and appends its tombstone; false when there was nothing to delete. */
export async function deleteEntity(tx: Sql, type: string, id: string): Promise<boolean> {
  const gone = await tx.query('DELETE FROM entities WHERE type = $1 AND id = $2 RETURNING id', [
    type,
    id,
  ]);
  if (gone.length === 0) return false;
  await tx.query('DELETE FROM changes WHERE type = $1 AND entity_id = $2', [type, id]);
  await tx.query(`INSERT INTO changes (type, entity_id, op) VALUES ($1, $2, 'delete')`, [type, id]);
  return true;
}

export async function getEntity(db: Sql, type: string, id: string): Promise<Row | undefined> {
  const rows = await db.query<{ data: Row }>(
    'SELECT data FROM entities WHERE type = $1 AND id = $2',
    [type, id],
  );
  return rows[0]?.data;
}

export async function getEntities(db: Sql, type: string, ids: string[]): Promise<Map<string, Row>> {
  const rows = await db.query<{ id: string; data: Row }>(
    'SELECT id, data FROM entities WHERE type = $1 AND id = ANY($2::text[])',
    [type, ids],
  );
  return new Map(rows.map((r) => [r.id, r.data]));
}

/** The user whose email normalises to `emailKey` (trimmed, lower-cased), if any. */
export async function userIdByEmail(db: Sql, emailKey: string): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM entities WHERE type = 'user' AND lower(btrim(data->>'email')) = $1 LIMIT 1`,
    [emailKey],
  );
  return rows[0]?.id;
}
