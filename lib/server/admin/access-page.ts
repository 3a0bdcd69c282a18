import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { audit } from '../auth/audit';
import {
  connectionString,
  createInvitation,
  DEFAULT_CODE_TTL_HOURS,
  listInvitations,
  revokeInvitation,
} from '../auth/invitations';
import { createWriteKey, listWriteKeys, revokeWriteKey } from '../auth/secrets';
import type { Sql } from '../db/driver';
import { type AdminEnv, formField } from './guard';
import { csrfField, errorList, type Html, page, shownOnce, when } from './layout';
import { ownOrigin } from './session';

// Invitations (connection codes) and write keys: create, list, revoke. A new code or key is
// in the answer to its create and nowhere else, ever.

async function render(c: Context<AdminEnv>, db: Sql, extra: Html | string = '', status = 200) {
  const csrf = c.get('csrf');
  const [invitations, keys] = await Promise.all([listInvitations(db), listWriteKeys(db)]);
  return page(
    c,
    { title: 'Invitations & keys', section: 'access', csrf, email: c.get('admin').email, status },
    html`${extra}
<h2 id="inv-h">Invite a rep</h2>
<form method="post" action="/admin/access/invitations" class="box" aria-labelledby="inv-h">${csrfField(csrf)}
<div class="row">
<div><label for="inv-email">Email</label><input id="inv-email" name="email" type="email" required></div>
<div><label for="inv-name">Name <span class="hint">(optional)</span></label><input id="inv-name" name="name" type="text"></div>
<div><label for="inv-hours">Valid for (hours)</label><input id="inv-hours" name="hours" type="number" min="1" max="720" value="${DEFAULT_CODE_TTL_HOURS}"></div>
</div>
<p><button type="submit">Create connection code</button></p>
</form>
<h2>Invitations</h2>
<div class="scroll"><table><thead><tr><th scope="col">Email</th><th scope="col">Name</th><th scope="col">State</th><th scope="col">Created</th><th scope="col">Expires</th><th scope="col">By</th><th scope="col"><span class="hint">Action</span></th></tr></thead>
<tbody>${invitations.map(
      (
        i,
      ) => html`<tr><td>${i.email}</td><td>${i.name}</td><td>${i.state}</td><td>${when(i.createdAt)}</td><td>${when(i.expiresAt)}</td><td>${i.createdBy}</td>
<td>${i.state === 'pending' ? html`<form method="post" action="/admin/access/invitations/${i.id}/revoke">${csrfField(csrf)}<button class="quiet" type="submit" aria-label="Revoke the invitation of ${i.email}">Revoke</button></form>` : ''}</td></tr>`,
    )}</tbody></table></div>
<h2 id="key-h">Write keys <span class="hint">(for sending product events, Segment-style)</span></h2>
<form method="post" action="/admin/access/writekeys" class="box" aria-labelledby="key-h">${csrfField(csrf)}
<label for="key-name">Name</label><input id="key-name" name="name" type="text" required>
<p><button type="submit">Create write key</button></p>
</form>
<div class="scroll"><table><thead><tr><th scope="col">Name</th><th scope="col">Id</th><th scope="col">State</th><th scope="col"><span class="hint">Action</span></th></tr></thead>
<tbody>${keys.map(
      (k) => html`<tr><td>${k.name}</td><td>${k.id}</td><td>${k.revoked ? 'Revoked' : 'Active'}</td>
<td>${k.revoked ? '' : html`<form method="post" action="/admin/access/writekeys/${k.id}/revoke">${csrfField(csrf)}<button class="quiet" type="submit" aria-label="Revoke write key ${k.name}">Revoke</button></form>`}</td></tr>`,
    )}</tbody></table></div>`,
  );
}

export function accessRoutes(app: Hono<AdminEnv>, db: Sql) {
  app.get('/access', (c) => render(c, db));
  app.post('/access/invitations', async (c) => {
    const hours = Number((await formField(c, 'hours')) || DEFAULT_CODE_TTL_HOURS);
    try {
      const { invitation, code } = await createInvitation(db, {
        email: await formField(c, 'email'),
        name: await formField(c, 'name'),
        ttlHours: hours,
        createdBy: c.get('admin').email,
      });
      const base = process.env.PUBLIC_URL ?? ownOrigin(c);
      return render(
        c,
        db,
        shownOnce(`Connection code for ${invitation.email}`, connectionString(base, code)),
        201,
      );
    } catch (e) {
      return render(c, db, errorList([(e as Error).message]), 422);
    }
  });
  app.post('/access/invitations/:id/revoke', async (c) => {
    await revokeInvitation(db, c.req.param('id'), c.get('admin').email);
    return c.redirect('/admin/access', 303);
  });
  app.post('/access/writekeys', async (c) => {
    const name = (await formField(c, 'name')).trim();
    if (!name) return render(c, db, errorList(['A write key needs a name.']), 422);
    const { id, key } = await createWriteKey(db, name);
    await audit(db, {
      actor: c.get('admin').email,
      action: 'writekey.create',
      target: id,
      detail: name,
    });
    return render(c, db, shownOnce(`Write key “${name}”`, key), 201);
  });
  app.post('/access/writekeys/:id/revoke', async (c) => {
    const id = c.req.param('id');
    if (await revokeWriteKey(db, id))
      await audit(db, { actor: c.get('admin').email, action: 'writekey.revoke', target: id });
    return c.redirect('/admin/access', 303);
  });
}
