import { createHash } from 'node:crypto';
import { normaliseEmail } from '../../domain/email';
import type { ActivityEvent } from '../../domain/types';
import { checkEvents } from '../../sync/csv-events';
import { checkCsvImport } from '../../sync/csv-import';
import { type CsvRow, parseCsv } from '../../sync/csv-parse';
import { ProblemList } from '../../sync/csv-problems';
import type { CheckedUsers } from '../../sync/csv-users';
import { describeIssue, entitySchemas } from '../../sync/schemas';
import type { Sql } from '../db/driver';
import { getEntities, type Row } from '../store/changes';
import type { WireChange } from './apply-changes';

// Bulk import files → wire changes: the extension's CSV formats (users, events) through its own
// checker, and roles / personas / cadences as JSON arrays or CSV with a header line.
//
// Unlike the extension (where a CSV import replaces the whole local workspace), the server
// already holds data from other writers (Segment, reps' edits), and files are imported again
// and again. So: a user's fields the file has no column for are kept; a user without
// created_at keeps the stored one; accounts, roles and personas named by the users file keep
// their stored fields; and an event's id comes from its content, so re-importing a file (or an
// export that overlaps the previous one) stores each event once, while another file's events
// are never mistaken for this one's.

/** `problems` are ready to print, each naming its file and line ("users: Line 3: …"). */
export type ImportResult =
  | { ok: true; changes: WireChange[] }
  | { ok: false; problems: string[]; total: number };

const upsert = (type: string, data: object): WireChange => ({ type, op: 'upsert', data });

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

/**
 * Events keyed by what they are (user, time, name, feature, module, duration) and by their
 * rank among identical rows of the file: the same file, or an overlapping export, maps to the
 * same ids; two identical rows stay two events.
 */
function contentIds(events: ActivityEvent[]): ActivityEvent[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const key = JSON.stringify([
      e.userId,
      e.ts,
      e.name,
      e.feature ?? null,
      e.module ?? null,
      e.durationSec ?? null,
    ]);
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    const hash = createHash('sha256').update(`${key}#${rank}`).digest('base64url').slice(0, 22);
    return { ...e, id: `csv-event:${hash}` };
  });
}

/** The users file's header columns, lower-cased (custom ones as "custom:<name>"). */
function headerColumns(usersText: string): Set<string> {
  const firstLine = /^[^\r\n]*/.exec(usersText.replace(/^\uFEFF/, ''))?.[0] ?? '';
  const head = parseCsv(firstLine).rows[0]?.fields ?? [];
  return new Set(head.map((f) => f.trim().toLowerCase()));
}

/** Looks up the stored rows of one type by id, a few thousand at a time. */
async function storedRows(db: Sql, type: string, ids: string[]): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (let i = 0; i < ids.length; i += 5000)
    for (const [id, row] of await getEntities(db, type, ids.slice(i, i + 5000))) out.set(id, row);
  return out;
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

/** An events file alone: its user_id / email columns are matched against the stored users. */
export async function eventsCsvChanges(db: Sql, eventsText: string): Promise<ImportResult> {
  const rows = await db.query<{ id: string; email: string | null }>(
    `SELECT id, data->>'email' AS email FROM entities WHERE type = 'user'`,
  );
  const known: CheckedUsers = {
    users: [],
    accounts: [],
    roles: [],
    personas: [],
    byEmail: new Map(),
    ids: new Map(),
  };
  for (const r of rows) {
    known.ids.set(r.id, 0);
    const email = normaliseEmail(r.email);
    if (email && !known.byEmail.has(email)) known.byEmail.set(email, { id: r.id, line: 0 });
  }
  const problems = new ProblemList();
  const parsed = parseCsv(eventsText);
  for (const p of parsed.problems) problems.addPhrased('events', p.line, p.message);
  const events = checkEvents(parsed.rows, known, problems);
  if (problems.total > 0)
    return {
      ok: false,
      // The checker speaks of "the users file"; here the users are the server's.
      problems: problems.shown.map(
        (p) => `events: ${p.message.replace(' in the users file', ' on this server')}`,
      ),
      total: problems.total,
    };
  return { ok: true, changes: contentIds(events).map((e) => upsert('event', e)) };
}

const FIELDS: Record<string, string[]> = {
  role: ['id', 'name', 'description'],
  persona: ['id', 'name', 'description'],
  cadence: ['id', 'name', 'scope', 'tags', 'description', 'stepCount'],
};

/**
 * roles, personas or cadences from JSON (an array) or CSV (header: the field names), each
 * record validated as the extension would; one bad record and nothing is imported. A record
 * replaces the stored one whole (cadences default to scope "team" and no tags).
 */
export function taxonomyChanges(type: 'role' | 'persona' | 'cadence', text: string): ImportResult {
  const fail = (problems: string[]): ImportResult => ({
    ok: false,
    problems: problems.slice(0, 50),
    total: problems.length,
  });
  // Each record with how to name it in a message.
  let records: { rec: Row; where: string }[];
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      return fail([`not valid JSON: ${(e as Error).message}`]);
    }
    if (!Array.isArray(json)) return fail(['the JSON must be an array of records']);
    records = json.map((rec, i) => ({ rec: rec as Row, where: `record ${i + 1}` }));
  } else {
    const parsed = parseCsv(text);
    if (parsed.problems.length) return fail(parsed.problems.map((p) => p.message));
    const [head, ...body] = parsed.rows as [CsvRow | undefined, ...CsvRow[]];
    const columns =
      head?.fields.map((f) => f.trim().replace(/_(\w)/g, (_, c: string) => c.toUpperCase())) ?? [];
    const unknown = columns.filter((c) => !(FIELDS[type] ?? []).includes(c));
    if (unknown.length)
      return fail([
        `Line 1: unknown column(s) ${unknown.join(', ')} (expected ${(FIELDS[type] ?? []).join(', ')})`,
      ]);
    const problems: string[] = [];
    records = body.map((row) => {
      if (row.fields.length !== columns.length)
        problems.push(
          `Line ${row.line}: has ${row.fields.length} values but the header has ${columns.length} columns (a value containing a comma must be in double quotes)`,
        );
      const rec: Row = {};
      columns.forEach((c, i) => {
        const v = row.fields[i]?.trim() ?? '';
        if (v === '') return;
        rec[c] =
          c === 'tags'
            ? v
                .split(/[;|]/)
                .map((t) => t.trim())
                .filter(Boolean)
            : c === 'stepCount'
              ? Number(v)
              : v;
      });
      return { rec, where: `Line ${row.line}` };
    });
    if (problems.length) return fail(problems);
  }
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const changes: WireChange[] = [];
  for (const { rec, where } of records) {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      problems.push(`${where}: not an object`);
      continue;
    }
    if (typeof rec.id !== 'string' || !rec.id || typeof rec.name !== 'string' || !rec.name) {
      problems.push(`${where}: needs an id and a name`);
      continue;
    }
    const seen = ids.get(rec.id);
    if (seen) problems.push(`${where}: id "${rec.id}" is already used (${seen})`);
    else ids.set(rec.id, where);
    const data = type === 'cadence' ? { scope: 'team', tags: [], ...rec } : rec;
    const parsed = entitySchemas[type].safeParse(data);
    if (!parsed.success) problems.push(`${where}: ${describeIssue(type, parsed.error)}`);
    else changes.push(upsert(type, parsed.data));
  }
  if (problems.length) return fail(problems);
  return { ok: true, changes };
}
