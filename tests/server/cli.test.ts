import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Output, runAdmin } from '@/lib/server/cli';
import type { Database } from '@/lib/server/db/driver';
import { prepareDatabase } from '@/lib/server/server';
import { lockFeed, type Row, writeEntities } from '@/lib/server/store/changes';
import { CSV_SAMPLE_EVENTS, CSV_SAMPLE_USERS } from '@/lib/sync/csv-samples';
import { runSync } from '@/lib/sync/engine';
import { serverBackendOn } from './support/backends';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { expectSameAsServer, freshDb, sourceOf, testClock } from './support/engine-kit';
import { serverWithKeys } from './support/http-kit';
import { runCli } from './support/spawn-server';

// `npm run server -- import …`: the extension's CSV formats and the taxonomy files, checked
// whole before anything is written, merged into what the server holds, and idempotent.

const dir = mkdtempSync(join(tmpdir(), 'server-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const usersCsv = file('users.csv', CSV_SAMPLE_USERS);
const eventsCsv = file('events.csv', CSV_SAMPLE_EVENTS);
// Line 4 (Chloe) has a time zone that does not exist; the events file's line 3 has no date.
const badUsersCsv = file(
  'bad-users.csv',
  CSV_SAMPLE_USERS.replace('Europe/Paris', 'Mars/Olympus_Mons'),
);
const badEventsCsv = file(
  'bad-events.csv',
  CSV_SAMPLE_EVENTS.replace('2026-11-02T09:16:30Z', 'yesterday'),
);

type Counts = { changes: number; top: number; entities: number };
async function counts(db: Database): Promise<Counts> {
  const [c] = await db.query<{ n: number; top: number }>(
    'SELECT count(*)::int AS n, coalesce(max(seq), 0)::int AS top FROM changes',
  );
  const [e] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM entities WHERE type <> 'workspace'`,
  );
  return { changes: c?.n ?? 0, top: c?.top ?? 0, entities: e?.n ?? 0 };
}

describe.each(BACKENDS)('the import command, as its own process, on %s', (kind) => {
  // PGlite: a data folder the CLI opens, then the test (never both at once). PostgreSQL: a
  // database of its own, the CLI connecting through DATABASE_URL.
  let database: TestDatabase | undefined;
  let env: Record<string, string>;
  const dataDir = join(dir, `db-${kind}`);
  beforeAll(async () => {
    if (kind === 'postgres') {
      database = await openTestDatabase('postgres');
      env = { DATABASE_URL: database.url as string };
    } else env = { DATA_DIR: dataDir };
  });
  afterAll(() => database?.drop());
  const withDb = async <T>(fn: (db: Database) => Promise<T>): Promise<T> => {
    if (database) return fn(database.db);
    const db = await prepareDatabase({ dataDir });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };

  it('writes nothing from files with a bad line, and names the file and the line', async () => {
    const bad = await runCli(['import', 'users', badUsersCsv, badEventsCsv], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Nothing imported');
    expect(bad.stderr).toContain(
      `${badUsersCsv}: Line 4: timezone "Mars/Olympus_Mons" is not an IANA time zone`,
    );
    expect(bad.stderr).toContain(`${badEventsCsv}: Line 3: ts "yesterday"`);
    // The fresh database holds its workspace and nothing else.
    expect(await withDb(counts)).toEqual({ changes: 1, top: 1, entities: 0 });
  });

  it('imports users and events that the feed serves and the extension syncs; the same import again changes nothing', async () => {
    const first = await runCli(['import', 'users', usersCsv, eventsCsv], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Imported 28 records: 28 new or changed, 0 unchanged.');
    expect(first.code).toBe(0);

    const before = await withDb(async (db) => {
      freshDb();
      const backend = await serverBackendOn(db, 7);
      try {
        expect((await runSync(sourceOf(backend), { clock: testClock() })).result).toBe('ok');
        await expectSameAsServer(backend);
        const snapshot = await backend.snapshot();
        const ids = (type: string) =>
          snapshot.feed.filter((c) => c.type === type).map((c) => (c as { data: Row }).data.id);
        expect(ids('user')).toHaveLength(6);
        expect(ids('account')).toEqual(expect.arrayContaining(['acc-1', 'acc-2']));
        expect(ids('role')).toHaveLength(5);
        expect(ids('persona')).toHaveLength(5);
        expect(ids('event')).toHaveLength(10);
        expect(await backend.get('user', 'u-101')).toMatchObject({
          email: 'ben.okafor@acme.example',
          title: 'Account Executive, EMEA',
          roleId: 'csv-role:contributor',
          customFields: { plan: 'Enterprise', seats_used: 42 },
        });
      } finally {
        await backend.close();
      }
      return counts(db);
    });
    // Workspace, 28 records (and one rep token, not a change).
    expect(before).toMatchObject({ changes: 29, entities: 28 });

    const again = await runCli(['import', 'users', usersCsv, eventsCsv], env);
    expect(again.stdout).toContain('Imported 28 records: 0 new or changed, 28 unchanged.');
    expect(again.code).toBe(0);
    expect(await withDb(counts)).toEqual(before);
  });
});

describe.each(BACKENDS)('import files on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>>;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    kit = await serverWithKeys(database);
  });
  afterEach(() => kit.server.close());

  /** Runs `import …` in this process on the test database; returns its code and output. */
  async function run(...args: string[]) {
    const lines = { out: [] as string[], err: [] as string[] };
    const io: Output = { out: (t) => lines.out.push(t), err: (t) => lines.err.push(t) };
    const code = await runAdmin(database.db, ['import', ...args], {}, io);
    return { code, out: lines.out.join('\n'), err: lines.err.join('\n') };
  }
  const served = async (type: string) =>
    (await kit.feed()).filter((c) => c.type === type).map((c) => c.data as Row);

  it('matches an events file to the stored users; a second file adds its events, the same file again none', async () => {
    expect((await run('users', usersCsv)).code).toBe(0);
    expect(await run('events', eventsCsv)).toMatchObject({
      code: 0,
      out: 'Imported 10 records: 10 new or changed, 0 unchanged.',
    });
    // Another export: the same line numbers, other events (and one repeated from the first).
    const next = file(
      `events-next-${kind}.csv`,
      `user_id,email,ts,name,duration_sec
u-100,,2026-11-05T10:00:00Z,login,
,emma.wong@globex.example,2026-11-05T11:00:00Z,report_viewed,
u-100,,2026-11-02T09:14:00Z,login,20
`,
    );
    expect(await run('events', next)).toMatchObject({
      code: 0,
      out: 'Imported 3 records: 2 new or changed, 1 unchanged.',
    });
    expect((await run('events', eventsCsv)).out).toBe(
      'Imported 10 records: 0 new or changed, 10 unchanged.',
    );
    const events = await served('event');
    expect(events).toHaveLength(12);
    expect(new Set(events.map((e) => e.id)).size).toBe(12);
    expect(events.filter((e) => e.userId === 'u-104').map((e) => e.ts)).toContain(
      '2026-11-05T11:00:00.000Z',
    );

    // A user the server does not know: nothing of that file is written.
    const unknown = file(
      `events-unknown-${kind}.csv`,
      'user_id,ts,name\nu-100,2026-11-06T10:00:00Z,login\nu-999,2026-11-06T10:00:00Z,login\n',
    );
    const refused = await run('events', unknown);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${unknown}: Line 3: user_id "u-999" is not on this server`);
    expect(await served('event')).toHaveLength(12);
  });

  it('keeps what a users file has no column for, and refuses an email another user holds', async () => {
    expect((await run('users', usersCsv)).code).toBe(0);
    // Written meanwhile by others (Segment group, a rep's edit): not in any file.
    const stored = (type: string, id: string) =>
      database.db
        .query<{ data: Row }>('SELECT data FROM entities WHERE type = $1 AND id = $2', [type, id])
        .then((r) => r[0]?.data as Row);
    const ana = await stored('user', 'u-100');
    await database.db.transaction(async (tx) => {
      await lockFeed(tx);
      await writeEntities(tx, 'user', [
        {
          ...ana,
          crmIds: { hubspot: 'h-1' },
          customFields: { ...(ana.customFields as Row), nps: 9 },
        },
      ]);
      await writeEntities(tx, 'account', [
        { id: 'acc-1', name: 'Acme Corp', licenses: 50, domain: 'acme.example' },
      ]);
    });
    // No created_at, role, account_name or last_name column; title present but empty.
    const partial = file(
      `users-partial-${kind}.csv`,
      'id,email,first_name,title,account_id,custom:plan\nu-100,ana.silva@acme.example,Anna,,acc-1,Pro\n',
    );
    expect(await run('users', partial)).toMatchObject({
      code: 0,
      out: 'Imported 2 records: 1 new or changed, 1 unchanged.',
    });
    const users = await served('user');
    expect(users.find((u) => u.id === 'u-100')).toEqual({
      ...ana,
      firstName: 'Anna',
      title: undefined,
      crmIds: { hubspot: 'h-1' },
      customFields: { plan: 'Pro', seats_used: 42, nps: 9 },
    });
    expect(await stored('user', 'u-100')).not.toHaveProperty('title');
    expect((await served('account')).find((a) => a.id === 'acc-1')).toEqual({
      id: 'acc-1',
      name: 'Acme Corp',
      licenses: 50,
      domain: 'acme.example',
    });
    expect((await run('users', partial)).out).toBe(
      'Imported 2 records: 0 new or changed, 2 unchanged.',
    );

    const taken = file(
      `users-taken-${kind}.csv`,
      'id,email\nu-200,someone@globex.example\nu-201, Ana.Silva@acme.example\n',
    );
    const refused = await run('users', taken);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      `${taken}: Line 3: email "ana.silva@acme.example" already belongs to user "u-100" on this server`,
    );
    expect((await served('user')).map((u) => u.id)).not.toContain('u-200');
  });

  it('imports roles, personas and cadences from JSON and CSV; a bad record refuses the file', async () => {
    const roles = file(
      `roles-${kind}.json`,
      JSON.stringify([
        { id: 'r-admin', name: 'Admin', description: 'Runs the account' },
        { id: 'r-viewer', name: 'Viewer' },
      ]),
    );
    const personas = file(
      `personas-${kind}.csv`,
      'id,name,description\np-champ,Champion,"Pushes for us, internally"\np-buyer,Economic buyer,\n',
    );
    const cadencesCsv = file(
      `cadences-${kind}.csv`,
      'id,name,scope,tags,description,step_count\nc-onb,Onboarding,team,onboarding;enterprise,First 30 days,5\nc-mine,My follow-ups,personal,,,\n',
    );
    const cadencesJson = file(
      `cadences-${kind}.json`,
      JSON.stringify([{ id: 'c-qbr', name: 'QBR prep', tags: ['qbr'] }]),
    );
    for (const [what, path, n] of [
      ['roles', roles, 2],
      ['personas', personas, 2],
      ['cadences', cadencesCsv, 2],
      ['cadences', cadencesJson, 1],
    ] as const)
      expect(await run(what, path)).toMatchObject({
        code: 0,
        out: `Imported ${n} records: ${n} new or changed, 0 unchanged.`,
      });
    expect(await served('role')).toEqual([
      { id: 'r-admin', name: 'Admin', description: 'Runs the account' },
      { id: 'r-viewer', name: 'Viewer' },
    ]);
    expect(await served('persona')).toEqual([
      { id: 'p-buyer', name: 'Economic buyer' },
      { id: 'p-champ', name: 'Champion', description: 'Pushes for us, internally' },
    ]);
    expect(await served('cadence')).toEqual(
      expect.arrayContaining([
        {
          id: 'c-onb',
          name: 'Onboarding',
          scope: 'team',
          tags: ['onboarding', 'enterprise'],
          description: 'First 30 days',
          stepCount: 5,
        },
        { id: 'c-mine', name: 'My follow-ups', scope: 'personal', tags: [] },
        { id: 'c-qbr', name: 'QBR prep', scope: 'team', tags: ['qbr'] },
      ]),
    );
    const before = await counts(database.db);
    expect((await run('cadences', cadencesCsv)).out).toBe(
      'Imported 2 records: 0 new or changed, 2 unchanged.',
    );
    expect(await counts(database.db)).toEqual(before);

    const badScope = file(
      `cadences-bad-${kind}.csv`,
      'id,name,scope\nc-new,New one,team\nc-odd,Odd one,everyone\n',
    );
    const refused = await run('cadences', badScope);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(new RegExp(`${badScope}: Line 3: cadence\\.scope: `));
    const badColumn = file(`roles-bad-${kind}.csv`, 'id,name,colour\nr-x,X,red\n');
    expect((await run('roles', badColumn)).err).toContain(
      `${badColumn}: Line 1: unknown column(s) colour`,
    );
    const noName = file(`personas-bad-${kind}.json`, '[{"id":"p-x","name":"X"},{"id":"p-y"}]');
    expect((await run('personas', noName)).err).toContain(
      `${noName}: record 2: needs an id and a name`,
    );
    expect(await counts(database.db)).toEqual(before);
  });
});
