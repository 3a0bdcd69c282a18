import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { enrollUser } from '@/lib/db/enrollment-writes';
import { deleteNote, saveNote } from '@/lib/db/note-writes';
import { resetSyncedData } from '@/lib/db/reset-data';
import { setUserFields } from '@/lib/db/user-writes';
import { checkCsvImport } from '@/lib/sync/csv-import';
import { CSV_SAMPLE_EVENTS, CSV_SAMPLE_USERS } from '@/lib/sync/csv-samples';
import { createCsvSource, stageCsvImport } from '@/lib/sync/csv-source';
import { acceptLocally } from '@/lib/sync/demo/local-echo';
import { createDemoSource } from '@/lib/sync/demo-source';
import { runSync } from '@/lib/sync/engine';
import { getMeta } from '@/tests/support/meta-rows';
import { clockAt, pullAll, type RawChange } from './demo-helpers';

// Issue #12, High: writes made while the data source is CSV (or the demo) exist only in this
// browser. A re-import, "Reset local data" or a demo refresh pulls from no cursor and must
// re-apply them after the new data, not drop them.

const NOW = new Date('2026-11-22T12:00:00Z');
const clock = { now: () => NOW, random: () => 0.5, sleep: async () => {} };

async function importCsv(users: string, events?: string) {
  const result = checkCsvImport(users, events, { now: NOW });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  await stageCsvImport(result.data);
  const outcome = await runSync(createCsvSource(), { clock });
  expect(outcome).toMatchObject({ result: 'ok' });
}

beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

describe('a user added in the demo or CSV source', () => {
  it('whose email another user has is refused like the server does (409), not a second person', async () => {
    await importCsv(CSV_SAMPLE_USERS, CSV_SAMPLE_EVENTS);
    const taken = (await getDb().users.get('u-100'))?.email as string;
    const body = { id: 'new-1', email: taken.toUpperCase(), createdAt: NOW.toISOString() };
    const refused = await acceptLocally('csv', {
      seq: 1,
      kind: 'user.put',
      entityId: 'new-1',
      method: 'PUT',
      path: '/v1/users/new-1',
      body,
      status: 'pending',
      attempts: 0,
      createdAt: NOW.toISOString(),
    } as never);
    expect(refused).toEqual({
      ok: false,
      permanent: true,
      message: `The email ${taken.toUpperCase()} already belongs to user u-100.`,
    });
    expect(await getMeta('localLedger:csv')).toBeUndefined();
  });
});

describe('local-only writes survive what replaces the synced data', () => {
  it('a CSV re-import keeps notes, enrolments and role changes, applied once on the new data', async () => {
    await importCsv(CSV_SAMPLE_USERS, CSV_SAMPLE_EVENTS);
    const note = await saveNote({ userId: 'u-100', title: 'Call', body: 'Renewal', type: 'Call' });
    const gone = await saveNote({ userId: 'u-101', title: 'Drop', body: 'me', type: 'Call' });
    const enrolled = await enrollUser({ cadenceId: 'cad-1', userId: 'u-102' });
    await setUserFields('u-101', { roleId: 'csv-role:admin' });
    await runSync(createCsvSource(), { clock });
    await deleteNote(gone.id);
    expect(await getDb().outbox.count()).toBe(1); // the delete, not yet pushed
    // The same files again, with Ben's title changed in the CSV.
    await importCsv(CSV_SAMPLE_USERS.replace('"Account Executive, EMEA"', 'Sales Director'));
    const db = getDb();
    expect(await db.notes.toArray()).toEqual([note]);
    expect(await db.enrollments.toArray()).toMatchObject([
      { id: enrolled.ok ? enrolled.enrollment.id : '', status: 'active' },
    ]);
    // The role change is re-applied onto the re-imported user (who keeps the new title).
    expect(await db.users.get('u-101')).toMatchObject({
      roleId: 'csv-role:admin',
      title: 'Sales Director',
    });
    expect(await db.outbox.count()).toBe(0);
  });

  it('"Reset local data" keeps them too: the next sync from scratch re-applies them', async () => {
    await importCsv(CSV_SAMPLE_USERS);
    const note = await saveNote({ userId: 'u-100', title: 'Kept', body: 'x', type: 'Call' });
    await runSync(createCsvSource(), { clock });
    await resetSyncedData('everything');
    expect(await getDb().notes.count()).toBe(0);
    await runSync(createCsvSource(), { clock });
    expect(await getDb().notes.toArray()).toEqual([note]);
    expect(await getDb().users.count()).toBe(6);
  });

  it('a demo refresh (pull from no cursor) replays them after the demo feed', async () => {
    const demoClock = clockAt('2026-11-22T15:30:00Z');
    const source = createDemoSource(demoClock);
    const first = await pullAll(source);
    const note = {
      id: 'n-local',
      userId: 'u-0001',
      title: 'Mine',
      body: 'kept',
      type: 'Call',
      createdAt: '2026-11-22T15:30:00Z',
      updatedAt: '2026-11-22T15:30:00Z',
    };
    await source.push({
      kind: 'note.put',
      entityId: note.id,
      method: 'PUT',
      path: `/v1/notes/${note.id}`,
      body: note,
      status: 'pending',
      attempts: 0,
      createdAt: note.createdAt,
    });
    // Echoed once, as a server would.
    const echoed = await source.pull(first.cursor, 5000);
    expect(echoed.changes).toEqual([{ type: 'note', op: 'upsert', data: note }]);
    // A refresh pulls from no cursor: the note comes back after the demo's own feed.
    const fresh = await pullAll(source);
    const last = fresh.changes[fresh.changes.length - 1] as RawChange;
    expect(last).toEqual({ type: 'note', op: 'upsert', data: note });
    expect((fresh.changes as RawChange[]).filter((c) => c.data?.id === note.id)).toHaveLength(1);
    // And only once: pulling on from the end gives nothing more.
    expect((await source.pull(fresh.cursor, 5000)).changes).toEqual([]);
  });
});
