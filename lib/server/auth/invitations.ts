import { randomBytes, randomUUID } from 'node:crypto';
import type { Database, Sql } from '../db/driver';
import { audit } from './audit';
import { createRepToken, hashSecret, type Rep } from './secrets';

// Connection codes: an admin invites a person by email; the rep pastes one string (server and
// code) into the extension, which exchanges the code once for a rep token. Only the code's hash
// is stored, so a database dump cannot be used to connect.

export const DEFAULT_CODE_TTL_HOURS = 72;

/** Short enough to paste, long enough (128 bits) never to be guessed. */
const newCode = () => `upc_${randomBytes(16).toString('base64url')}`;

/** What the rep pastes: the server's base URL and the code, as one string. */
export const connectionString = (baseUrl: string, code: string) =>
  `${baseUrl.replace(/\/+$/, '')}#code=${code}`;

export interface Invitation {
  id: string;
  email: string;
  name: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  state: 'pending' | 'used' | 'expired' | 'revoked';
}

export async function createInvitation(
  db: Sql,
  who: { email: string; name?: string; createdBy: string; ttlHours?: number },
  now: Date = new Date(),
): Promise<{ invitation: Invitation; code: string }> {
  const email = who.email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error(`"${who.email}" is not an email address.`);
  const hours = who.ttlHours ?? DEFAULT_CODE_TTL_HOURS;
  if (!(hours > 0 && hours <= 24 * 30)) throw new Error('A code is valid 1 hour to 30 days.');
  const code = newCode();
  const id = randomUUID();
  const name = who.name?.trim() || (email.split('@')[0] as string);
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  await db.query(
    `INSERT INTO invitations (id, email, name, code_hash, created_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, email, name, hashSecret(code), who.createdBy, now.toISOString(), expiresAt],
  );
  await audit(db, { actor: who.createdBy, action: 'invitation.create', target: email });
  const invitation: Invitation = {
    id,
    email,
    name,
    createdBy: who.createdBy,
    createdAt: now.toISOString(),
    expiresAt,
    state: 'pending',
  };
  return { invitation, code };
}

type Row = {
  id: string;
  email: string;
  name: string;
  created_by: string;
  created_at: string | Date;
  expires_at: string | Date;
  used_at: unknown;
  revoked_at: unknown;
};

const stateOf = (r: Row, now: Date): Invitation['state'] =>
  r.revoked_at !== null
    ? 'revoked'
    : r.used_at !== null
      ? 'used'
      : new Date(r.expires_at) <= now
        ? 'expired'
        : 'pending';

export async function listInvitations(db: Sql, now: Date = new Date()): Promise<Invitation[]> {
  const rows = await db.query<Row>(
    `SELECT id, email, name, created_by, created_at, expires_at, used_at, revoked_at
     FROM invitations ORDER BY created_at DESC, id LIMIT 500`,
  );
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
    expiresAt: new Date(r.expires_at).toISOString(),
    state: stateOf(r, now),
  }));
}

export async function revokeInvitation(db: Sql, id: string, actor: string): Promise<number> {
  const rows = await db.query<{ email: string }>(
    `UPDATE invitations SET revoked_at = now()
     WHERE id = $1 AND revoked_at IS NULL AND used_at IS NULL RETURNING email`,
    [id],
  );
  for (const r of rows)
    await audit(db, { actor, action: 'invitation.revoke', target: r.email, detail: id });
  return rows.length;
}

export type Exchange =
  | { ok: true; token: string; rep: Rep }
  | { ok: false; status: 400 | 410; reason: string };

/** Spends a code once: a token for its person, or why not (unknown 400; used, expired, revoked 410). */
export async function exchangeCode(
  db: Database,
  code: string,
  now: Date = new Date(),
): Promise<Exchange> {
  return db.transaction(async (tx) => {
    // FOR UPDATE: two exchanges of one code at once, the second sees it used.
    const [row] = await tx.query<Row>(
      `SELECT id, email, name, created_by, created_at, expires_at, used_at, revoked_at
       FROM invitations WHERE code_hash = $1 FOR UPDATE`,
      [hashSecret(code.trim())],
    );
    if (!row) return { ok: false, status: 400, reason: 'Unknown connection code.' };
    const state = stateOf(row, now);
    if (state !== 'pending')
      return { ok: false, status: 410, reason: `This connection code was ${state}.` };
    const { rep, token } = await createRepToken(
      tx,
      { name: row.name, email: row.email },
      { source: 'code' },
    );
    await tx.query('UPDATE invitations SET used_at = $2, rep_id = $3 WHERE id = $1', [
      row.id,
      now.toISOString(),
      rep.id,
    ]);
    await audit(tx, { actor: row.email, action: 'signin.code', target: rep.id });
    return { ok: true, token, rep };
  });
}
