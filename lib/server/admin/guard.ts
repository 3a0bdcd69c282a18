import type { Context, Next } from 'hono';
import { type Person, repForToken } from '../auth/secrets';
import type { Sql } from '../db/driver';
import { refusal } from './layout';
import { ownOrigin, sameSecret, sessionOf } from './session';

// Every admin route goes through here: the role is checked on the server for each request.
// Two ways in: a session cookie (the browser), or `Authorization: Bearer <admin token>`
// (scripts). A state-changing request on a cookie must come from this origin and carry the
// session's CSRF token; a bearer token is never sent by a browser on its own, so it needs
// neither.

export type AdminEnv = { Variables: { admin: Person; csrf: string } };

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The Origin (or, without one, the Referer's origin) is this server's own. */
export function sameOrigin(c: Context): boolean {
  const claimed = c.req.header('origin') ?? refererOrigin(c.req.header('referer'));
  return claimed !== undefined && claimed === ownOrigin(c);
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** The form's field, whatever the body's encoding; '' when absent. */
export async function formField(c: Context, name: string): Promise<string> {
  const body = await c.req.parseBody();
  const v = body[name];
  return typeof v === 'string' ? v : '';
}

export function adminGuard(db: Sql) {
  return async (c: Context<AdminEnv>, next: Next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    if (bearer) {
      const person = await repForToken(db, bearer);
      if (!person) return refusal(c, 401, 'This token is unknown, revoked or expired.');
      if (person.role !== 'admin') return refusal(c, 403, 'This token is not an admin’s.');
      c.set('admin', person);
      c.set('csrf', '');
      return next();
    }
    const session = await sessionOf(db, c);
    if (session?.person.role !== 'admin') return c.redirect('/admin/login', 303);
    if (UNSAFE.has(c.req.method)) {
      if (!sameOrigin(c)) return refusal(c, 403, 'This form was sent from another site.');
      if (!sameSecret(await formField(c, 'csrf'), session.csrf))
        return refusal(c, 403, 'This form has expired; reload the page and try again.');
    }
    c.set('admin', session.person);
    c.set('csrf', session.csrf);
    return next();
  };
}
