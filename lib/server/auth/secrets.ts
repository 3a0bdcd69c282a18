import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../db/driver';

// Rep tokens and write keys: random secrets shown once, stored only as SHA-256 hashes (they
// are high-entropy, so a plain hash is enough), compared in constant time.

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface Rep {
  id: string;
  name: string;
  email: string;
}

/** Who a token belongs to, with what it may do (admins may also use /admin). */
export interface Person extends Rep {
  role: 'rep' | 'admin';
}

export interface TokenOptions {
  role?: 'rep' | 'admin';
  /** How the token was obtained: 'token' (CLI), 'code' (connection code), 'sso'. */
  source?: 'token' | 'code' | 'sso';
  expiresAt?: Date;
}

export interface RepListing extends Rep {
  createdAt: string;
  revoked: boolean;
}

export async function createRepToken(
  db: Sql,
  who: { name: string; email: string },
  opts: TokenOptions = {},
): Promise<{ rep: Rep; token: string }> {
  const token = newSecret('upr');
  const rep = { id: randomUUID(), name: who.name, email: who.email };
  await db.query(
    `INSERT INTO reps (id, name, email, token_hash, role, source, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      rep.id,
      rep.name,
      rep.email,
      hashSecret(token),
      opts.role ?? 'rep',
      opts.source ?? 'token',
      opts.expiresAt?.toISOString() ?? null,
    ],
  );
  return { rep, token };
}

/** The rep a bearer token belongs to, unless it is unknown, revoked or expired. */
export async function repForToken(
  db: Sql,
  token: string,
  now: Date = new Date(),
): Promise<Person | undefined> {
  const hash = hashSecret(token);
  const rows = await db.query<Person & { token_hash: string }>(
    `SELECT id, name, email, role, token_hash FROM reps
     WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
    [hash, now.toISOString()],
  );
  const row = rows[0];
  if (!row || !sameHash(row.token_hash, hash)) return undefined;
  return { id: row.id, name: row.name, email: row.email, role: row.role };
}

export async function listReps(db: Sql): Promise<RepListing[]> {
  const rows = await db.query<{
    id: string;
    name: string;
    email: string;
    created_at: string | Date;
    revoked_at: string | Date | null;
  }>('SELECT id, name, email, created_at, revoked_at FROM reps ORDER BY created_at, id');
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    createdAt: new Date(r.created_at).toISOString(),
    revoked: r.revoked_at !== null,
  }));
}

/** Revokes by rep id or email; returns how many tokens were revoked. */
export async function revokeRep(db: Sql, idOrEmail: string): Promise<number> {
  const rows = await db.query(
    `UPDATE reps SET revoked_at = now() WHERE (id = $1 OR email = $1) AND revoked_at IS NULL
     RETURNING id`,
    [idOrEmail],
  );
  return rows.length;
}

export async function createWriteKey(db: Sql, name: string): Promise<{ id: string; key: string }> {
  const key = newSecret('upw');
  const id = randomUUID();
  await db.query('INSERT INTO write_keys (id, name, key_hash) VALUES ($1, $2, $3)', [
    id,
    name,
    hashSecret(key),
  ]);
  return { id, key };
}

export async function writeKeyId(db: Sql, key: string): Promise<string | undefined> {
  const hash = hashSecret(key);
  const rows = await db.query<{ id: string; key_hash: string }>(
    'SELECT id, key_hash FROM write_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [hash],
  );
  const row = rows[0];
  return row && sameHash(row.key_hash, hash) ? row.id : undefined;
}

export async function listWriteKeys(
  db: Sql,
): Promise<{ id: string; name: string; revoked: boolean }[]> {
  const rows = await db.query<{ id: string; name: string; revoked_at: unknown }>(
    'SELECT id, name, revoked_at FROM write_keys ORDER BY created_at, id',
  );
  return rows.map((r) => ({ id: r.id, name: r.name, revoked: r.revoked_at !== null }));
}

export async function revokeWriteKey(db: Sql, id: string): Promise<number> {
  return (
    await db.query(
      'UPDATE write_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [id],
    )
  ).length;
}
