import type { Sql } from '../db/driver';

// The audit log: who did what, to what, and when. Callers pass ids, emails and names only;
// a secret (token, write key, connection code) is never written here.

export type AuditAction =
  | 'signin.code'
  | 'signin.sso'
  | 'signin.admin'
  | 'signin.refused'
  | 'signout.admin'
  | 'rep.create'
  | 'rep.revoke'
  | 'admin.create'
  | 'invitation.create'
  | 'invitation.revoke'
  | 'writekey.create'
  | 'writekey.revoke'
  | 'workspace.update'
  | 'webhook.retry';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string;
}

export async function audit(
  db: Sql,
  entry: { actor: string; action: AuditAction; target?: string; detail?: string },
): Promise<void> {
  await db.query('INSERT INTO audit_log (actor, action, target, detail) VALUES ($1, $2, $3, $4)', [
    entry.actor,
    entry.action,
    entry.target ?? '',
    entry.detail ?? '',
  ]);
}

/** The newest entries first. */
export async function listAudit(db: Sql, limit = 200): Promise<AuditEntry[]> {
  const rows = await db.query<Omit<AuditEntry, 'at'> & { at: string | Date }>(
    'SELECT at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}
