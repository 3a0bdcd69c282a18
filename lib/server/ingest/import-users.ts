import { upsert } from '../../protocol/wire-change';
import { checkCsvImport } from '../../sync/csv-import';
import { parseCsv } from '../../sync/csv-parse';
import type { Sql } from '../db/driver';
import type { Row } from '../store/changes';
import { contentIds, type ImportResult, storedRows } from './import-common';

// The extension's users CSV (and optionally its events CSV), checked by the extension's own
// checker, merged into what the server holds.
//
// Unlike the extension (where a CSV import replaces the whole local workspace), the server
// already holds data from other writers (Segment, reps' edits), and files are imported again
// and again. So: a user's fields the file has no column for are kept; a user without
// created_at keeps the stored one; accounts, roles and personas named by the users file keep
// their stored fields; and an event's id comes from its content, so re-importing a file (or an
// export that overlaps the previous one) stores each event once, while another file's events
// are never mistaken for this one's.

/** Users-file column → the user field it sets (account_name also sets accountId). */
const USER_FIELD_OF_COLUMN: Record<string, string> = {
  email: 'email',
  first_name: 'firstName',
  last_name: 'lastName',
  title: 'title',
  phone: 'phone',
  timezone: 'timezone',
  account_id: 'accountId',
  account_name: 'accountId',
  role: 'roleId',
  persona: 'personaId',
  segment: 'segment',
  crm_contact: 'crmContact',
};

/** The users file's header columns, lower-cased (custom ones as "custom:<name>"). */
function headerColumns(usersText: string): Set<string> {
  const firstLine = /^[^\r\n]*/.exec(usersText.replace(/^\uFEFF/, ''))?.[0] ?? '';
  const head = parseCsv(firstLine).rows[0]?.fields ?? [];
  return new Set(head.map((f) => f.trim().toLowerCase()));
}

/** Stored users holding one of these (normalised) emails: email → user id. */
async function usersByEmail(db: Sql, emails: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < emails.length; i += 5000) {
    const rows = await db.query<{ id: string; email: string }>(
      `SELECT id, lower(btrim(data->>'email')) AS email FROM entities
        WHERE type = 'user' AND lower(btrim(data->>'email')) = ANY($1::text[])`,
      [emails.slice(i, i + 5000)],
    );
    for (const r of rows) if (!out.has(r.email)) out.set(r.email, r.id);
  }
  return out;
}

/**
 * A users file (and optionally its events file), checked whole by the extension's checker, then
 * merged into what the server holds (see the top of this file). An email that belongs to
 * another stored user is refused, as `PUT /v1/users` refuses it.
 */
export async function usersCsvChanges(
  db: Sql,
  usersText: string,
  eventsText?: string,
  now = new Date(),
): Promise<ImportResult> {
  const result = checkCsvImport(usersText, eventsText, { now });
  if (!result.ok)
    return {
      ok: false,
      problems: result.problems.map((p) => `${p.file}: ${p.message}`),
      total: result.totalProblems,
    };
  const { accounts, roles, personas, users, events } = result.data;
  const nowIso = now.toISOString();
  const columns = headerColumns(usersText);
  const cleared = [
    ...new Set(
      Object.entries(USER_FIELD_OF_COLUMN)
        .filter(([column]) => columns.has(column))
        .map(([, field]) => field),
    ),
  ];
  const hasCreatedAt = columns.has('created_at');
  const hasCustom = [...columns].some((c) => c.startsWith('custom:'));

  const stored = await storedRows(
    db,
    'user',
    users.map((u) => u.id),
  );
  const emails = users.flatMap((u) => (u.email ? [u.email] : []));
  const owners = await usersByEmail(db, emails);
  const taken = users.filter((u) => {
    const owner = u.email ? owners.get(u.email) : undefined;
    return owner !== undefined && owner !== u.id;
  });
  const problems: string[] = [];
  if (taken.length) {
    // Line numbers only when needed: the checker does not keep them on its users.
    const parsed = parseCsv(usersText).rows;
    const idColumn = parsed[0]?.fields.findIndex((f) => f.trim().toLowerCase() === 'id') ?? -1;
    const lineOf = new Map(parsed.slice(1).map((r) => [(r.fields[idColumn] ?? '').trim(), r.line]));
    for (const u of taken)
      problems.push(
        `users: Line ${lineOf.get(u.id) ?? '?'}: email "${u.email}" already belongs to user "${owners.get(u.email ?? '')}" on this server`,
      );
  }
  const merged = users.map((u) => {
    const before = stored.get(u.id);
    if (!before) return u;
    const next: Row = { ...before };
    for (const field of cleared) delete next[field];
    Object.assign(next, u);
    // "now" stands for an empty or missing created_at: the stored one stays.
    if ((!hasCreatedAt || u.createdAt === nowIso) && typeof before.createdAt === 'string')
      next.createdAt = before.createdAt;
    if (hasCustom)
      next.customFields = { ...((before.customFields as Row) ?? {}), ...(u.customFields ?? {}) };
    return next;
  });
  if (problems.length)
    return { ok: false, problems: problems.slice(0, 50), total: problems.length };

  // Accounts, roles and personas the users file names: its fields over the stored ones; an
  // account named only by its id keeps its stored name.
  const over = async (type: string, rows: Row[]) => {
    const before = await storedRows(
      db,
      type,
      rows.map((r) => String(r.id)),
    );
    return rows.map((r) => {
      const b = before.get(String(r.id));
      if (!b) return r;
      return type === 'account' && r.name === r.id ? { ...b, ...r, name: b.name } : { ...b, ...r };
    });
  };
  return {
    ok: true,
    changes: [
      ...(await over('role', roles as unknown as Row[])).map((r) => upsert('role', r)),
      ...(await over('persona', personas as unknown as Row[])).map((p) => upsert('persona', p)),
      ...(await over('account', accounts as unknown as Row[])).map((a) => upsert('account', a)),
      ...merged.map((u) => upsert('user', u)),
      ...contentIds(events).map((e) => upsert('event', e)),
    ],
  };
}
