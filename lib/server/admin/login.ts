import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { audit } from '../auth/audit';
import { repForToken } from '../auth/secrets';
import type { Sql } from '../db/driver';
import { createRateLimiter } from '../http/rate-limit';
import { formField, sameOrigin } from './guard';
import { barePage } from './layout';
import {
  endSession,
  LOGIN_CSRF_COOKIE,
  randomToken,
  sameSecret,
  sessionOf,
  setSecureCookie,
  startSession,
} from './session';

// Signing in to /admin with an admin token. The form has no session yet, so its CSRF token
// is a double-submit cookie; attempts are limited per client address (a token is 256 random
// bits, the limit keeps the log and the database quiet rather than guarding the entropy).

const clientOf = (c: Context) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

function form(c: Context, message = '', status = 200) {
  const csrf = randomToken();
  setSecureCookie(c, LOGIN_CSRF_COOKIE, csrf, 3600);
  return barePage(
    c,
    'Sign in',
    html`${message ? html`<p role="alert" class="errors">${message}</p>` : ''}
<form method="post" action="/admin/login" class="box">
<input type="hidden" name="csrf" value="${csrf}">
<label for="token">Admin token <span class="hint">(from <code>npm run server -- admin create</code>)</span></label>
<input id="token" name="token" type="password" autocomplete="off" required autofocus>
<p><button type="submit">Sign in</button></p>
</form>`,
    status,
  );
}

export function loginRoutes(app: Hono, db: Sql, attempts = { perMinute: 10, burst: 10 }) {
  const limiter = createRateLimiter(attempts.perMinute / 60, attempts.burst);
  app.get('/login', async (c) =>
    (await sessionOf(db, c)) ? c.redirect('/admin/reps', 303) : form(c),
  );
  app.post('/login', async (c) => {
    const wait = limiter.take(clientOf(c));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return form(c, `Too many sign-in attempts. Try again in ${wait} seconds.`, 429);
    }
    const cookie = getCookie(c, LOGIN_CSRF_COOKIE) ?? '';
    if (!sameOrigin(c) || !cookie || !sameSecret(await formField(c, 'csrf'), cookie))
      return form(c, 'This form has expired or came from another site; try again.', 403);
    const person = await repForToken(db, (await formField(c, 'token')).trim());
    if (person?.role !== 'admin') {
      await audit(db, {
        actor: person?.email ?? 'unknown',
        action: 'signin.refused',
        detail: person ? 'not an admin' : 'unknown token',
      });
      return person
        ? form(c, 'This token belongs to a rep, not an admin.', 403)
        : form(c, 'This token is unknown, revoked or expired.', 401);
    }
    await startSession(db, c, person);
    await audit(db, { actor: person.email, action: 'signin.admin', target: person.id });
    return c.redirect('/admin/reps', 303);
  });
}

/** Sign-out goes through the guard (it is a form with a CSRF token like any other). */
export async function signOut(db: Sql, c: Context, email: string) {
  await endSession(db, c);
  await audit(db, { actor: email, action: 'signout.admin' });
  return c.redirect('/admin/login', 303);
}
