import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { audit } from '../auth/audit';
import type { Sql } from '../db/driver';
import type { Row } from '../store/changes';
import { readWorkspace, updateWorkspace } from '../store/workspace';
import { type AdminEnv, formField } from './guard';
import { csrfField, errorList, page } from './layout';
import { formOf, parseWorkspaceForm, WORKSPACE_FIELDS, type WorkspaceForm } from './workspace-form';

// The workspace's settings, edited with validation. A saved change is a workspace upsert in
// the change feed, so every rep's extension picks it up on its next pull.

function render(
  c: Context<AdminEnv>,
  form: WorkspaceForm,
  opts: { errors?: string[]; saved?: boolean; status?: number } = {},
) {
  const csrf = c.get('csrf');
  const text = (id: keyof WorkspaceForm, label: string, hint = '', type = 'text') =>
    html`<label for="${id}">${label}${hint ? html` <span class="hint">${hint}</span>` : ''}</label><input id="${id}" name="${id}" type="${type}" value="${form[id]}"${type === 'number' ? html` step="any"` : ''}>`;
  const area = (id: keyof WorkspaceForm, label: string, hint: string) =>
    html`<label for="${id}">${label} <span class="hint">${hint}</span></label><textarea id="${id}" name="${id}" rows="6">${form[id]}</textarea>`;
  const g = form.activityGranularity;
  return page(
    c,
    {
      title: 'Workspace',
      section: 'workspace',
      csrf,
      email: c.get('admin').email,
      status: opts.status ?? 200,
    },
    html`${errorList(opts.errors ?? [])}${opts.saved ? html`<p class="ok" role="status">Saved. Reps’ extensions pick the change up on their next sync.</p>` : ''}
<form method="post" action="/admin/workspace" class="box">${csrfField(csrf)}
${text('name', 'Name')}
${text('timezone', 'Time zone', '(IANA, e.g. Europe/Paris; calendar days are counted in it)')}
<label for="activityGranularity">Activity granularity</label>
<select id="activityGranularity" name="activityGranularity">
<option value="event"${g === 'event' ? html` selected` : ''}>Every event (small and medium workspaces)</option>
<option value="day"${g === 'day' ? html` selected` : ''}>Daily totals (very large workspaces)</option>
</select>
<div class="row"><div>${text('activityWindowDays', 'Activity window (days)', '(1–365)', 'number')}</div>
<div>${text('powerUserTopPercent', 'Power users (top %)', '(above 0, up to 100)', 'number')}</div></div>
${area('activityEvents', 'Events that count as activity', '(one per line; empty = every event)')}
${area('milestones', 'Milestones', '(JSON array of { "id", "name", "event", "count" })')}
${area('eventLabels', 'Event labels', '(JSON object, { "eventName": "Label" })')}
${area('customFieldLabels', 'Field labels', '(JSON object, { "fieldName": "Label" })')}
<p><button type="submit">Save workspace</button></p>
</form>`,
  );
}

export function workspaceRoutes(
  app: Hono<AdminEnv>,
  db: Sql & { transaction: <T>(fn: (tx: Sql) => Promise<T>) => Promise<T> },
) {
  const current = async (): Promise<Row> =>
    (await readWorkspace(db))?.raw ?? { id: 'workspace', name: '' };
  app.get('/workspace', async (c) =>
    render(c, formOf(await current()), { saved: c.req.query('saved') === '1' }),
  );
  app.post('/workspace', async (c) => {
    const form = {} as WorkspaceForm;
    for (const f of WORKSPACE_FIELDS) form[f] = await formField(c, f);
    const before = await current();
    const parsed = parseWorkspaceForm(form, before);
    if (!parsed.ok) return render(c, form, { errors: parsed.errors, status: 422 });
    const changed = Object.keys(parsed.next).filter(
      (k) => JSON.stringify(parsed.next[k]) !== JSON.stringify(before[k]),
    );
    // Fields the form clears are removed, not merged back from the stored workspace.
    const cleared = Object.keys(before).filter((k) => !(k in parsed.next));
    await db.transaction((tx) =>
      updateWorkspace(tx, { ...parsed.next, ...Object.fromEntries(cleared.map((k) => [k, null])) }),
    );
    await audit(db, {
      actor: c.get('admin').email,
      action: 'workspace.update',
      detail: [...changed, ...cleared].join(', ') || 'no change',
    });
    return c.redirect('/admin/workspace?saved=1', 303);
  });
}
