import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { enrollUser } from '@/lib/db/enrollment-writes';
import { deleteNote, saveNote } from '@/lib/db/note-writes';
import { discardOutboxItem, listOutbox } from '@/lib/db/outbox';
import { saveRole } from '@/lib/db/taxonomy-writes';
import { setUserFields } from '@/lib/db/user-writes';
import { runSync } from '@/lib/sync/engine';
import { readSyncStatus } from '@/lib/sync/status-store';
import { type Backend, libServerBackend, referenceBackend } from './support/backends';
import { BACKENDS, databasesFor, type TestDatabase } from './support/databases';
import {
  expectSameAsServer,
  freshDb,
  losingAnswers,
  NOW,
  sourceOf,
  testClock,
} from './support/engine-kit';

// The extension's sync engine against a protocol server, server-agnostic: the same assertions
// run against the fault-injecting reference server of the unit tests and against lib/server
// on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set).

const PAGE = 7;
const databases = new Map<string, TestDatabase>();
beforeAll(async () => {
  for (const [k, v] of await databasesFor()) databases.set(k, v);
});
afterAll(async () => {
  for (const d of databases.values()) await d.drop();
});

const targets: [string, () => Promise<Backend>][] = [
  ['reference test server', () => referenceBackend(PAGE)],
  ...BACKENDS.map(
    (k) =>
      [`lib/server on ${k}`, () => libServerBackend(databases.get(k) as TestDatabase, PAGE)] as [
        string,
        () => Promise<Backend>,
      ],
  ),
];

describe.each(targets)('sync protocol conformance: %s', (_name, start) => {
  let backend: Backend;
  beforeEach(async () => {
    freshDb();
    backend = await start();
  });
  afterEach(() => backend?.close());

  it('pulls every page from no cursor and ends with the server state and derived data', async () => {
    const outcome = await runSync(sourceOf(backend), { clock: testClock() });
    expect(outcome).toMatchObject({ result: 'ok', pushed: 0 });
    await expectSameAsServer(backend);
    expect((await readSyncStatus()).lastResult).toBe('ok');
    expect((await getDb().userStats.get('u1'))?.types).toContain('active');
    expect((await getDb().userStats.get('u6'))?.types).toEqual(['zombie']);
  });

  it('applies later edits and deletes from the stored cursor', async () => {
    await runSync(sourceOf(backend), { clock: testClock() });
    await backend.upsert('event', {
      id: 'e-new',
      userId: 'u1',
      ts: NOW.toISOString(),
      name: 'export',
    });
    await backend.remove('event', 'e2');
    await backend.upsert('user', { id: 'u6', createdAt: NOW.toISOString(), deactivated: true });
    await backend.remove('note', 'n1');
    await backend.upsert('account', { id: 'a2', name: 'Initech Ltd', licenses: 25 });
    expect((await runSync(sourceOf(backend), { clock: testClock() })).result).toBe('ok');
    await expectSameAsServer(backend);
    expect(await getDb().notes.get('n1')).toBeUndefined();
    expect(await getDb().userStats.get('u6')).toBeUndefined();
  });

  it('pushes every kind of write in order; the echo leaves one copy of each', async () => {
    await runSync(sourceOf(backend), { clock: testClock() });
    const note = await saveNote({
      userId: 'u1',
      title: 'QBR prep',
      body: 'Bring numbers',
      type: 'QBR',
    });
    const enrolled = await enrollUser({ cadenceId: 'c1', userId: 'u4' });
    await setUserFields('u4', { roleId: 'r1', customFields: { plan: 'pro' } });
    const role = await saveRole({ name: 'Billing' });
    await deleteNote('n1');
    const outcome = await runSync(sourceOf(backend), { clock: testClock() });
    expect(outcome).toMatchObject({ result: 'ok', pushed: 5 });
    expect(await backend.get('note', note.id)).toMatchObject({ title: 'QBR prep', userId: 'u1' });
    expect(
      await backend.get('enrollment', enrolled.ok ? enrolled.enrollment.id : ''),
    ).toMatchObject({
      cadenceId: 'c1',
      userId: 'u4',
      status: 'active',
    });
    expect(await backend.get('user', 'u4')).toMatchObject({
      roleId: 'r1',
      customFields: { plan: 'pro' },
    });
    expect(await backend.get('role', role.id)).toMatchObject({ name: 'Billing' });
    expect(await backend.get('note', 'n1')).toBeUndefined();
    expect(await listOutbox()).toEqual([]);
    // One more pull brings the echoes; the local copy equals the server's, once each.
    await runSync(sourceOf(backend), { clock: testClock() });
    await expectSameAsServer(backend);
    expect(await getDb().notes.where('userId').equals('u1').count()).toBe(1);
  });

  it('repeats pushes whose answers were lost and the server applies each once', async () => {
    await runSync(sourceOf(backend), { clock: testClock() });
    const a = await saveNote({ userId: 'u1', title: 'A', body: 'a', type: 'General' });
    const enrolled = await enrollUser({ cadenceId: 'c1', userId: 'u2' });
    const flaky = losingAnswers((_url, method) => method !== 'GET', 2);
    const clock = testClock();
    expect((await runSync(sourceOf(backend, { fetch: flaky }), { clock })).result).toBe('ok');
    expect(clock.waits.length).toBeGreaterThanOrEqual(4);
    expect(await backend.get('note', a.id)).toMatchObject({ title: 'A' });
    expect(
      await backend.get('enrollment', enrolled.ok ? enrolled.enrollment.id : ''),
    ).toBeDefined();
    await runSync(sourceOf(backend), { clock: testClock() });
    await expectSameAsServer(backend);
  });

  it('marks refused pushes failed with the server message and still sends later ones', async () => {
    await runSync(sourceOf(backend), { clock: testClock() });
    await enrollUser({ cadenceId: 'gone-cadence', userId: 'u1' });
    await backend.remove('user', 'u6');
    await setUserFields('u6', { personaId: 'p1' });
    await backend.remove('note', 'n1');
    await deleteNote('n1');
    const after = await saveNote({ accountId: 'a1', title: 'After', body: 'y', type: 'Email' });
    await runSync(sourceOf(backend), { clock: testClock() });
    const items = await listOutbox();
    expect(items.map((i) => [i.kind, i.status, i.lastError])).toEqual([
      ['enrollment.put', 'failed', 'That cadence no longer exists.'],
      ['user.patch', 'failed', 'No user u6.'],
    ]);
    expect(await backend.get('note', after.id)).toMatchObject({ title: 'After' });
    for (const item of items) await discardOutboxItem(item.seq ?? -1);
    await runSync(sourceOf(backend), { clock: testClock() });
    await expectSameAsServer(backend);
  });

  it('answers 410 to an expired cursor and the client resyncs from scratch, keeping its outbox', async () => {
    await runSync(sourceOf(backend), { clock: testClock() });
    await backend.remove('user', 'u5');
    await backend.expireCursors();
    const mine = await saveNote({ userId: 'u2', title: 'Kept', body: 'k', type: 'Call' });
    expect((await runSync(sourceOf(backend), { clock: testClock() })).result).toBe('ok');
    expect(await backend.get('note', mine.id)).toMatchObject({ title: 'Kept' });
    await runSync(sourceOf(backend), { clock: testClock() });
    await expectSameAsServer(backend);
    expect(await getDb().users.get('u5')).toBeUndefined();
  });

  it('refuses a wrong token and keeps the outbox', async () => {
    await saveNote({ userId: 'u1', title: 'Later', body: 'l', type: 'General' });
    const outcome = await runSync(sourceOf(backend, { token: 'not-a-token' }), {
      clock: testClock(),
    });
    expect(outcome.result).not.toBe('ok');
    expect((await readSyncStatus()).lastError).toMatch(/token/i);
    expect(await listOutbox()).toHaveLength(1);
  });
});
