import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { saveNote } from '@/lib/db/note-writes';
import { type CsvImportData, checkCsvImport } from '@/lib/sync/csv-import';
import { CSV_SAMPLE_EVENTS, CSV_SAMPLE_USERS } from '@/lib/sync/csv-samples';
import { clearCsvStaging, createCsvSource, stageCsvImport } from '@/lib/sync/csv-source';
import { csvChanges } from '@/lib/sync/csv-staging';
import { runSync } from '@/lib/sync/engine';
import { SourceError } from '@/lib/sync/source';
import { pullAll } from './demo-helpers';

const NOW = new Date('2026-11-22T12:00:00Z');
const clock = { now: () => NOW, random: () => 0.5, sleep: async () => {} };

function checked(users: string, events?: string): CsvImportData {
  const result = checkCsvImport(users, events, { now: NOW });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.data;
}

/** A users file with `n` users and three events each (n * 3 + n + 2 changes in all). */
function bigImport(n: number): CsvImportData {
  const users = ['id,email,account_name'];
  const events = ['user_id,ts,name'];
  for (let i = 0; i < n; i++) {
    users.push(`u${i},u${i}@x.example,Acme`);
    for (let k = 0; k < 3; k++) events.push(`u${i},2026-11-${10 + k}T09:00:00Z,login`);
  }
  return checked(users.join('\n'), events.join('\n'));
}

beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

describe('createCsvSource', () => {
  it('serves the staged import as pages of changes, across chunk boundaries', async () => {
    const data = bigImport(3000); // 12,002 changes: three chunks of staging
    await stageCsvImport(data);
    const expected = csvChanges(data);
    for (const limit of [5000, 3333]) {
      const { pages, changes } = await pullAll(createCsvSource(), limit);
      expect(changes).toEqual(expected);
      expect(pages).toHaveLength(Math.ceil(expected.length / limit));
      for (const p of pages) expect(p.changes.length).toBeLessThanOrEqual(limit);
    }
    // A smaller import replaces the chunks of the bigger one: none is left behind.
    await stageCsvImport(checked(CSV_SAMPLE_USERS));
    const chunkKeys = await getDb().meta.where('key').startsWith('csvStaging:').primaryKeys();
    expect(chunkKeys).toEqual(['csvStaging:0']);
  });

  it('resumes from a cursor, and a cursor from an earlier import answers like a 410', async () => {
    await stageCsvImport(checked(CSV_SAMPLE_USERS, CSV_SAMPLE_EVENTS));
    const source = createCsvSource();
    const first = await source.pull(undefined, 5);
    const second = await source.pull(first.cursor, 5);
    await expect(source.pull(first.cursor, 5)).resolves.toEqual(second);

    await stageCsvImport(checked(CSV_SAMPLE_USERS));
    const err = await source.pull(second.cursor, 5).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).kind).toBe('gone');
  });

  it('pauses with plain words when nothing was imported', async () => {
    await clearCsvStaging();
    const err = await createCsvSource()
      .pull(undefined, 5000)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).message).toMatch(/No CSV files have been imported yet/);
  });

  it('is synced by the engine into the local store, and a new import replaces the old one', async () => {
    await stageCsvImport(checked(CSV_SAMPLE_USERS, CSV_SAMPLE_EVENTS));
    await expect(runSync(createCsvSource(), { clock })).resolves.toMatchObject({
      result: 'ok',
      pulled: 29,
    });
    const db = getDb();
    expect(await db.users.count()).toBe(6);
    expect(await db.events.count()).toBe(10);
    expect((await db.workspace.toArray())[0]).toMatchObject({
      id: 'csv',
      name: 'Imported from CSV',
    });
    expect(await db.users.where('emailKey').equals('dev.patel@globex.example').count()).toBe(1);
    expect(await db.activityDays.count()).toBeGreaterThan(0);
    expect(await db.rejected.count()).toBe(0);

    await stageCsvImport(checked('id,email\nz1,zed@x.example'));
    await expect(runSync(createCsvSource(), { clock })).resolves.toMatchObject({ result: 'ok' });
    expect((await db.users.toArray()).map((u) => u.id)).toEqual(['z1']);
    expect(await db.events.count()).toBe(0);
  });

  it('accepts local writes: the outbox empties and the note stays, once', async () => {
    await stageCsvImport(checked(CSV_SAMPLE_USERS, CSV_SAMPLE_EVENTS));
    await runSync(createCsvSource(), { clock });
    const note = await saveNote({
      userId: 'u-100',
      title: 'Call',
      body: 'Renewal is on track',
      type: 'Call',
    });
    await expect(runSync(createCsvSource(), { clock })).resolves.toMatchObject({
      result: 'ok',
      pushed: 1,
    });
    const db = getDb();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.notes.toArray()).toEqual([note]);
  });
});
