import type { Hono } from 'hono';
import { html } from 'hono/html';
import { audit } from '../auth/audit';
import type { ServerContext } from '../context';
import type { Sql } from '../db/driver';
import type { AdminEnv } from './guard';
import { listIngestRejections } from './ingest-rejections';
import { csrfField, page, when } from './layout';

// Is data arriving? Events stored per minute over the last day (from the change feed's write
// times), the last event seen, requests refused with their reasons, and the enrolment
// webhook's latest deliveries with a retry.

const DAY_MINUTES = 1440;

export async function eventsPerMinute(db: Sql, now: Date = new Date()) {
  const since = new Date(now.getTime() - DAY_MINUTES * 60_000);
  const rows = await db.query<{ minute: number; n: number }>(
    `SELECT floor(extract(epoch FROM (at - $1::timestamptz)) / 60)::int AS minute, count(*)::int AS n
     FROM changes WHERE type IN ('event', 'activityDay') AND at > $1 AND at <= $2 GROUP BY 1`,
    [since.toISOString(), now.toISOString()],
  );
  const perMinute = new Array<number>(DAY_MINUTES).fill(0);
  for (const r of rows) if (r.minute >= 0 && r.minute < DAY_MINUTES) perMinute[r.minute] = r.n;
  const [last] = await db.query<{ at: string | Date | null }>(
    `SELECT max(at) AS at FROM changes WHERE type IN ('event', 'activityDay')`,
  );
  return { perMinute, lastAt: last?.at ? new Date(last.at).toISOString() : null };
}

export async function webhookDeliveries(db: Sql, limit = 20) {
  const rows = await db.query<{
    enrollment_id: string;
    attempts: number;
    next_at: string | Date;
    delivered_at: string | Date | null;
    last_error: string | null;
  }>(
    `SELECT enrollment_id, attempts, next_at, delivered_at, last_error FROM webhook_outbox
     ORDER BY coalesce(delivered_at, next_at) DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({
    id: r.enrollment_id,
    attempts: r.attempts,
    state: r.delivered_at ? 'Delivered' : r.attempts > 0 ? 'Retrying' : 'Waiting',
    at: new Date(r.delivered_at ?? r.next_at).toISOString(),
    error: r.last_error,
  }));
}

function chart(perMinute: number[]) {
  const peak = Math.max(1, ...perMinute);
  const total = perMinute.reduce((a, b) => a + b, 0);
  const label = `${total} events in the last 24 hours; busiest minute ${Math.max(0, ...perMinute)}.`;
  return html`<svg class="chart" viewBox="0 0 ${DAY_MINUTES} 100" preserveAspectRatio="none" role="img" aria-label="${label}">${perMinute.map(
    (n, i) =>
      n
        ? html`<rect x="${i}" y="${100 - (n / peak) * 100}" width="1" height="${(n / peak) * 100}"></rect>`
        : '',
  )}</svg><p>${label} <span class="hint">Oldest on the left, now on the right.</span></p>`;
}

export function ingestionRoutes(app: Hono<AdminEnv>, ctx: ServerContext) {
  const { db } = ctx;
  app.get('/ingestion', async (c) => {
    const csrf = c.get('csrf');
    const [{ perMinute, lastAt }, rejected, deliveries] = await Promise.all([
      eventsPerMinute(db),
      listIngestRejections(db),
      webhookDeliveries(db),
    ]);
    return page(
      c,
      { title: 'Ingestion', section: 'ingestion', csrf, email: c.get('admin').email },
      html`<h2>Events per minute, last 24 hours</h2>${chart(perMinute)}
<p>Last event seen: ${when(lastAt)}</p>
<h2>Refused requests</h2>
${
  rejected.length
    ? html`<div class="scroll"><table><thead><tr><th scope="col">When</th><th scope="col">Endpoint</th><th scope="col">Status</th><th scope="col">Reason</th></tr></thead>
<tbody>${rejected.map((r) => html`<tr><td>${when(r.at)}</td><td>${r.path}</td><td>${r.status}</td><td>${r.reason}</td></tr>`)}</tbody></table></div>`
    : html`<p>None refused.</p>`
}
<h2>Enrolment webhook</h2>
${ctx.config.webhookUrl ? '' : html`<p class="hint">No webhook is set (ENROLLMENT_WEBHOOK_URL).</p>`}
${
  deliveries.length
    ? html`<div class="scroll"><table><thead><tr><th scope="col">Enrolment</th><th scope="col">State</th><th scope="col">Attempts</th><th scope="col">When</th><th scope="col">Last error</th><th scope="col"><span class="hint">Action</span></th></tr></thead>
<tbody>${deliveries.map(
        (
          d,
        ) => html`<tr><td>${d.id}</td><td>${d.state}</td><td>${d.attempts}</td><td>${when(d.at)}</td><td>${d.error ?? '—'}</td>
<td>${d.state === 'Delivered' ? '' : html`<form method="post" action="/admin/ingestion/webhooks/${d.id}/retry">${csrfField(csrf)}<button class="quiet" type="submit" aria-label="Retry delivery of ${d.id} now">Retry now</button></form>`}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>No deliveries yet.</p>`
}`,
    );
  });
  app.post('/ingestion/webhooks/:id/retry', async (c) => {
    const id = c.req.param('id');
    const rows = await db.query(
      'UPDATE webhook_outbox SET next_at = now() WHERE enrollment_id = $1 AND delivered_at IS NULL RETURNING 1',
      [id],
    );
    if (rows.length) {
      await audit(db, { actor: c.get('admin').email, action: 'webhook.retry', target: id });
      ctx.notifyEnrollment();
    }
    return c.redirect('/admin/ingestion', 303);
  });
}
