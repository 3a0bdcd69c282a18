import type { Context, Next } from 'hono';
import type { Sql } from '../db/driver';
import type { Rep } from './secrets';

// What the admin page shows about each rep: when they last pulled, which extension version
// they run (the X-Extension-Version header), and how many pushes they made per day. Recorded
// after the protocol's own auth set the rep; a pull writes at most once a minute per rep, so
// thousands of reps polling do not turn every read into a write.

const PULL_WRITE_EVERY_MS = 60_000;
const PUSH_METHODS = new Set(['PUT', 'PATCH', 'DELETE']);

export function repActivity(db: Sql, now: () => number = Date.now) {
  const lastWrite = new Map<string, { at: number; version: string; pulled: boolean }>();
  return async (c: Context, next: Next) => {
    await next();
    const rep = (c as Context<{ Variables: { rep?: Rep } }>).get('rep');
    if (!rep || c.res.status >= 400) return;
    const version = (c.req.header('x-extension-version') ?? '').slice(0, 40);
    if (PUSH_METHODS.has(c.req.method)) {
      await db.query(
        `INSERT INTO rep_pushes (rep_id, day, count) VALUES ($1, $2, 1)
         ON CONFLICT (rep_id, day) DO UPDATE SET count = rep_pushes.count + 1`,
        [rep.id, new Date(now()).toISOString().slice(0, 10)],
      );
    }
    const t = now();
    const pulled = c.req.method === 'GET' && c.req.path.endsWith('/changes');
    const seen = lastWrite.get(rep.id);
    if (
      seen &&
      t - seen.at < PULL_WRITE_EVERY_MS &&
      seen.version === version &&
      (seen.pulled || !pulled)
    )
      return;
    lastWrite.set(rep.id, { at: t, version, pulled: pulled || (seen?.pulled ?? false) });
    await db.query(
      `UPDATE reps SET last_seen_at = $2,
         last_pull_at = CASE WHEN $3 THEN $2::timestamptz ELSE last_pull_at END,
         extension_version = coalesce(nullif($4, ''), extension_version)
       WHERE id = $1`,
      [rep.id, new Date(t).toISOString(), pulled, version],
    );
  };
}
