import type { Hono } from 'hono';
import { html } from 'hono/html';
import { listAudit } from '../auth/audit';
import type { Sql } from '../db/driver';
import type { AdminEnv } from './guard';
import { page, when } from './layout';

export function auditRoutes(app: Hono<AdminEnv>, db: Sql) {
  app.get('/audit', async (c) => {
    const entries = await listAudit(db, 300);
    return page(
      c,
      { title: 'Audit log', section: 'audit', csrf: c.get('csrf'), email: c.get('admin').email },
      html`<p>Sign-ins, revocations, invitations, write-key and workspace changes, newest first (the last 300).</p>
<div class="scroll"><table><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">On</th><th scope="col">Detail</th></tr></thead>
<tbody>${entries.map(
        (e) =>
          html`<tr><td>${when(e.at)}</td><td>${e.actor}</td><td>${e.action}</td><td>${e.target || '—'}</td><td>${e.detail || '—'}</td></tr>`,
      )}</tbody></table></div>`,
    );
  });
}
