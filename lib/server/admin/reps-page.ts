import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { audit } from '../auth/audit';
import type { Sql } from '../db/driver';
import type { AdminEnv } from './guard';
import { csrfField, page, when } from './layout';

// Who is connected: every token with its person, what it was last used for, which extension
// version it runs, pushes in the last 7 days, and a revoke that ends it at once.

interface RepRow {
  id: string;
  name: string;
  email: string;
  role: string;
  source: string;
  created_at: string | Date;
  revoked_at: string | Date | null;
  expires_at: string | Date | null;
  last_seen_at: string | Date | null;
  last_pull_at: string | Date | null;
  extension_version: string | null;
  pushes: number;
}

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

export async function listRepActivity(db: Sql, now: Date = new Date()) {
  const since = new Date(now.getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
  const rows = await db.query<RepRow>(
    `SELECT r.id, r.name, r.email, r.role, r.source, r.created_at, r.revoked_at, r.expires_at,
            r.last_seen_at, r.last_pull_at, r.extension_version,
            coalesce(sum(p.count) FILTER (WHERE p.day >= $1::date), 0)::int AS pushes
     FROM reps r LEFT JOIN rep_pushes p ON p.rep_id = r.id
     GROUP BY r.id ORDER BY r.revoked_at IS NOT NULL, r.created_at DESC, r.id`,
    [since],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    source: r.source,
    lastPull: iso(r.last_pull_at),
    lastSeen: iso(r.last_seen_at),
    version: r.extension_version,
    pushes: r.pushes,
    state:
      r.revoked_at !== null
        ? 'Revoked'
        : r.expires_at !== null && new Date(r.expires_at) <= now
          ? 'Expired'
          : r.last_seen_at === null
            ? 'Not connected yet'
            : 'Connected',
  }));
}

export function repsRoutes(app: Hono<AdminEnv>, db: Sql) {
  app.get('/reps', async (c) => {
    const reps = await listRepActivity(db);
    return page(
      c,
      { title: 'Reps', section: 'reps', csrf: c.get('csrf'), email: c.get('admin').email },
      html`<p>Everyone holding a token for this server. Revoking a token signs its holder out at once.</p>
<div class="scroll"><table>
<caption class="hint">${reps.length} token(s); pushes are counted over the last 7 days.</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">State</th><th scope="col">Last pull</th><th scope="col">Extension</th><th scope="col">Pushes (7 days)</th><th scope="col"><span class="hint">Action</span></th></tr></thead>
<tbody>${reps.map(
        (r) => html`<tr><td>${r.name}</td><td>${r.email}</td><td>${r.role}</td><td>${r.state}</td>
<td>${when(r.lastPull)}</td><td>${r.version ?? '—'}</td><td>${r.pushes}</td>
<td>${
          r.state === 'Revoked'
            ? ''
            : html`<form method="post" action="/admin/reps/${r.id}/revoke">${csrfField(c.get('csrf'))}<button class="quiet" type="submit" aria-label="Revoke ${r.name}’s token">Revoke</button></form>`
        }</td></tr>`,
      )}</tbody></table></div>`,
    );
  });
  app.post('/reps/:id/revoke', async (c: Context<AdminEnv>) => {
    const id = c.req.param('id') ?? '';
    const rows = await db.query<{ email: string }>(
      'UPDATE reps SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING email',
      [id],
    );
    // A revoked admin's sessions go too (the session lookup refuses them anyway).
    await db.query('DELETE FROM admin_sessions WHERE rep_id = $1', [id]);
    for (const r of rows)
      await audit(db, {
        actor: c.get('admin').email,
        action: 'rep.revoke',
        target: r.email,
        detail: id,
      });
    return c.redirect('/admin/reps', 303);
  });
}
