import type { Database } from '../db/driver';

// Reading the change feed. A cursor is opaque to clients: the feed position plus the id of
// this database, so a cursor from another (or a rebuilt) database gets 410, not wrong data.

export interface FeedPage {
  cursor: string;
  hasMore: boolean;
  changes: unknown[];
}

export type FeedResult = { ok: true; page: FeedPage } | { ok: false; status: 410 };

/** d: database id; s: feed position; h: the purge horizon when the cursor was handed out. */
interface CursorBody {
  d: string;
  s: number;
  h: number;
}

export const encodeCursor = (dbId: string, seq: number, horizon: number): string =>
  Buffer.from(JSON.stringify({ d: dbId, s: seq, h: horizon } satisfies CursorBody)).toString(
    'base64url',
  );

/** The cursor's content, or undefined unless it is exactly a cursor this server wrote. */
export function decodeCursor(cursor: string): CursorBody | undefined {
  try {
    const body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorBody;
    if (
      typeof body !== 'object' ||
      body === null ||
      typeof body.d !== 'string' ||
      !Number.isSafeInteger(body.s) ||
      body.s < 0 ||
      !Number.isSafeInteger(body.h)
    )
      return undefined;
    // Base64 decoding skips stray characters: a cursor with one appended may decode the same.
    return encodeCursor(body.d, body.s, body.h) === cursor ? body : undefined;
  } catch {
    return undefined;
  }
}

export async function readFeed(
  db: Database,
  identity: { dbId: string; horizon: number },
  cursor: string | undefined,
  limit: number,
): Promise<FeedResult> {
  let after = 0;
  if (cursor !== undefined) {
    const body = decodeCursor(cursor);
    if (!body) return { ok: false, status: 410 };
    // Tombstones up to the horizon were purged: a client behind it may have missed a delete,
    // unless its pass started after that purge (then the deleted rows never reached it).
    const behind = body.s < identity.horizon && body.h < identity.horizon;
    if (body.d !== identity.dbId || behind) return { ok: false, status: 410 };
    after = body.s;
  }
  const rows = await db.query<{
    seq: string;
    type: string;
    entity_id: string;
    op: string;
    data: unknown;
  }>(
    `SELECT seq::text AS seq, type, entity_id, op, data FROM changes
      WHERE changes.seq > $1 ORDER BY changes.seq LIMIT $2`,
    [after, limit + 1],
  );
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  const changes = page.map((r) =>
    r.op === 'delete'
      ? { type: r.type, op: 'delete', id: r.entity_id }
      : { type: r.type, op: 'upsert', data: r.data },
  );
  return {
    ok: true,
    page: {
      cursor: encodeCursor(identity.dbId, last ? Number(last.seq) : after, identity.horizon),
      hasMore,
      changes,
    },
  };
}

/**
 * Purges tombstones older than `olderThanMs` and moves the horizon past them; returns how many
 * were purged. Cursors before the new horizon then answer 410 (the client resyncs).
 */
export async function purgeTombstones(db: Database, olderThanMs: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE changes IN EXCLUSIVE MODE');
    const purged = await tx.query<{ seq: string }>(
      `DELETE FROM changes WHERE op = 'delete' AND at <= now() - ($1::double precision * interval '1 millisecond')
       RETURNING seq::text AS seq`,
      [olderThanMs],
    );
    if (purged.length === 0) return 0;
    const top = Math.max(...purged.map((r) => Number(r.seq)));
    await tx.query(
      `INSERT INTO meta (key, value) VALUES ('horizon', $1)
       ON CONFLICT (key) DO UPDATE SET value = GREATEST(meta.value::bigint, excluded.value::bigint)::text`,
      [String(top)],
    );
    return purged.length;
  });
}
