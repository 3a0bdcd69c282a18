import { normaliseEmail } from '../../domain/email';
import { upsert, type WireChange } from '../../protocol/wire-change';
import { checkEvents } from '../../sync/csv-events';
import { checkCsvImport } from '../../sync/csv-import';
import { parseCsv } from '../../sync/csv-parse';
import { ProblemList } from '../../sync/csv-problems';
import type { CheckedUsers } from '../../sync/csv-users';
import type { Database } from '../db/driver';
import type { Row } from '../store/changes';

// Bulk import files → wire changes: the extension's CSV formats (users, events) through its own
// checker, and roles / personas / cadences as JSON arrays or CSV with a header line.

export type ImportResult = { ok: true; changes: WireChange[] } | { ok: false; problems: string[] };

export function usersCsvChanges(
  usersText: string,
  eventsText?: string,
  now = new Date(),
): ImportResult {
  const result = checkCsvImport(usersText, eventsText, { now });
  if (!result.ok)
    return { ok: false, problems: result.problems.map((p) => `${p.file}: ${p.message}`) };
  const { accounts, roles, personas, users, events } = result.data;
  return {
    ok: true,
    changes: [
      ...roles.map((r) => upsert('role', r)),
      ...personas.map((p) => upsert('persona', p)),
      ...accounts.map((a) => upsert('account', a)),
      ...users.map((u) => upsert('user', u)),
      ...events.map((e) => upsert('event', e)),
    ],
  };
}

/** An events file alone: its user_id / email columns are matched against the stored users. */
export async function eventsCsvChanges(db: Database, eventsText: string): Promise<ImportResult> {
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
  if (problems.total > 0) return { ok: false, problems: problems.shown.map((p) => p.message) };
  return { ok: true, changes: events.map((e) => upsert('event', e)) };
}

const FIELDS: Record<string, string[]> = {
  role: ['id', 'name', 'description'],
  persona: ['id', 'name', 'description'],
  cadence: ['id', 'name', 'scope', 'tags', 'description', 'stepCount'],
};

/** roles, personas or cadences from JSON (an array) or CSV (header: the field names). */
export function taxonomyChanges(type: 'role' | 'persona' | 'cadence', text: string): ImportResult {
  let records: Row[];
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      records = JSON.parse(trimmed) as Row[];
    } catch (e) {
      return { ok: false, problems: [`not valid JSON: ${(e as Error).message}`] };
    }
    if (!Array.isArray(records)) return { ok: false, problems: ['the JSON must be an array'] };
  } else {
    const parsed = parseCsv(text);
    if (parsed.problems.length)
      return { ok: false, problems: parsed.problems.map((p) => p.message) };
    const [head, ...body] = parsed.rows;
    const columns =
      head?.fields.map((f) => f.trim().replace(/_(\w)/g, (_, c: string) => c.toUpperCase())) ?? [];
    const unknown = columns.filter((c) => !(FIELDS[type] ?? []).includes(c));
    if (unknown.length)
      return { ok: false, problems: [`Line 1: unknown column(s) ${unknown.join(', ')}`] };
    records = body.map((row) => {
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
      return rec;
    });
  }
  const problems: string[] = [];
  records.forEach((r, i) => {
    if (!r || typeof r.id !== 'string' || !r.id || typeof r.name !== 'string' || !r.name)
      problems.push(`record ${i + 1}: needs an id and a name`);
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    changes: records.map((r) =>
      upsert(type, type === 'cadence' ? { scope: 'team', tags: [], ...r } : r),
    ),
  };
}
