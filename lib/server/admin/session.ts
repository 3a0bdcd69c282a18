import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { hashSecret, type Person } from '../auth/secrets';
import type { Sql } from '../db/driver';

// The admin page's session: a random id in an HttpOnly, SameSite=Strict cookie (Secure when
// the request came over TLS, directly or through a proxy that says so), stored hashed, with
// a CSRF token of its own that every form carries. Sessions end after SESSION_HOURS whatever
// happens, and at once when the admin's token is revoked (the lookup joins on it).

export const SESSION_COOKIE = 'admin_session';
export const LOGIN_CSRF_COOKIE = 'admin_login_csrf';
const SESSION_HOURS = 8;

export const randomToken = () => randomBytes(24).toString('base64url');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True when the browser reached us over https (directly or via x-forwarded-proto). */
export const overTls = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' ||
  (c.req.header('x-forwarded-proto') ?? '').split(',')[0]?.trim() === 'https';

/** This server's origin as the browser sees it, for the Origin check. */
export function ownOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? url.host;
  return `${overTls(c) ? 'https' : url.protocol.replace(':', '')}://${host}`;
}

export function setSecureCookie(c: Context, name: string, value: string, maxAgeSec: number) {
  setCookie(c, name, value, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: overTls(c),
    path: '/admin',
    maxAge: maxAgeSec,
  });
}

export async function startSession(
  db: Sql,
  c: Context,
  person: Person,
  now: Date = new Date(),
): Promise<void> {
  const id = randomToken();
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  // Sign-ins are rare: a good moment to forget the sessions that ended.
  await db.query('DELETE FROM admin_sessions WHERE expires_at <= $1', [now.toISOString()]);
  await db.query(
    'INSERT INTO admin_sessions (id_hash, rep_id, csrf, expires_at) VALUES ($1, $2, $3, $4)',
    [hashSecret(id), person.id, randomToken(), expires.toISOString()],
  );
  setSecureCookie(c, SESSION_COOKIE, id, SESSION_HOURS * 3600);
}

export interface AdminSession {
  person: Person;
  csrf: string;
}

/** The signed-in admin of this request's cookie, unless the session expired or was revoked. */
export async function sessionOf(
  db: Sql,
  c: Context,
  now: Date = new Date(),
): Promise<AdminSession | undefined> {
  const id = getCookie(c, SESSION_COOKIE);
  if (!id) return undefined;
  const [row] = await db.query<Person & { csrf: string }>(
    `SELECT r.id, r.name, r.email, r.role, s.csrf FROM admin_sessions s JOIN reps r ON r.id = s.rep_id
     WHERE s.id_hash = $1 AND s.expires_at > $2 AND r.revoked_at IS NULL
       AND (r.expires_at IS NULL OR r.expires_at > $2)`,
    [hashSecret(id), now.toISOString()],
  );
  if (!row) return undefined;
  const { csrf, ...person } = row;
  return { person, csrf };
}

export async function endSession(db: Sql, c: Context): Promise<void> {
  const id = getCookie(c, SESSION_COOKIE);
  if (id) await db.query('DELETE FROM admin_sessions WHERE id_hash = $1', [hashSecret(id)]);
  deleteCookie(c, SESSION_COOKIE, { path: '/admin' });
}
