import { normaliseEmail } from '../../domain/email';
import { upsert } from '../../protocol/wire-change';
import { checkEvents } from '../../sync/csv-events';
import { parseCsv } from '../../sync/csv-parse';
import { ProblemList } from '../../sync/csv-problems';
import type { CheckedUsers } from '../../sync/csv-users';
import type { Sql } from '../db/driver';
import { contentIds, type ImportResult } from './import-common';

// The extension's events CSV on its own, its users being the ones this server already holds.
// Event ids come from their content (import-common.ts): importing the file again adds nothing.

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
