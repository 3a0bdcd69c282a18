import type { Context, Next } from 'hono';
import type { Sql } from '../db/driver';
import { createRateLimiter } from '../http/rate-limit';

// Ingestion requests the server refused, with the reason it answered, so an admin can see
// why a source's events are not arriving. The reason is the error envelope's message (never
// the body, which may hold personal data, nor the write key).

// A sender hammering with a wrong key must not turn each refusal into a write: at most a
// burst of 60 rows, then one a second, are kept; and rows older than 30 days are dropped.
const RETENTION = "interval '30 days'";

export function recordIngestRejections(db: Sql) {
  const budget = createRateLimiter(1, 60);
  let recorded = 0;
  return async (c: Context, next: Next) => {
    await next();
    if (c.res.status < 400 || budget.take('all') > 0) return;
    let reason = `HTTP ${c.res.status}`;
    try {
      const body = (await c.res.clone().json()) as { error?: { message?: unknown } };
      if (typeof body.error?.message === 'string') reason = body.error.message.slice(0, 300);
    } catch {
      // Not the envelope: the status alone says enough.
    }
    await db.query('INSERT INTO ingest_rejections (path, status, reason) VALUES ($1, $2, $3)', [
      c.req.path,
      c.res.status,
      reason,
    ]);
    if (++recorded % 100 === 1)
      await db.query(`DELETE FROM ingest_rejections WHERE at < now() - ${RETENTION}`);
  };
}

export async function listIngestRejections(db: Sql, limit = 50) {
  const rows = await db.query<{ at: string | Date; path: string; status: number; reason: string }>(
    'SELECT at, path, status, reason FROM ingest_rejections ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}
