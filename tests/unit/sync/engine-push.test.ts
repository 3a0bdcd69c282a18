// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { enrollUser } from '@/lib/db/enrollment-writes';
import { deleteNote, saveNote } from '@/lib/db/note-writes';
import { discardOutboxItem, listOutbox, retryOutboxItem } from '@/lib/db/outbox';
import { saveRole } from '@/lib/db/taxonomy-writes';
import { setUserFields } from '@/lib/db/user-writes';
import { runSync } from '@/lib/sync/engine';
import { expectServerState, seededServerPerTest } from './engine-harness';
import { sourceFor, testClock } from './sync-test-kit';

const server = seededServerPerTest({ pageSize: 25, syncFirst: true });

/** How many pushes really changed the server's state, per path. */
const effective = () => {
  const out: Record<string, number> = {};
  for (const p of server().pushes.filter((p) => p.effect === 'changed'))
    out[`${p.method} ${p.path}`] = (out[`${p.method} ${p.path}`] ?? 0) + 1;
  return out;
};

describe('pushing the outbox', () => {
  it('delivers every kind of write in order and ends with one copy of each', async () => {
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
    const outcome = await runSync(sourceFor(server()), { clock: testClock() });
    expect(outcome).toMatchObject({ result: 'ok', pushed: 5 });
    expect(server().pushes.map((p) => `${p.method} ${p.path}`)).toEqual([
      `PUT /v1/notes/${note.id}`,
      `PUT /v1/enrollments/${enrolled.ok ? enrolled.enrollment.id : ''}`,
      'PATCH /v1/users/u4',
      `PUT /v1/roles/${role.id}`,
      'DELETE /v1/notes/n1',
    ]);
    expect(server().state.get('note', note.id)).toEqual(note);
    expect(server().state.get('user', 'u4')).toMatchObject({
      roleId: 'r1',
      customFields: { plan: 'pro' },
    });
    expect(await listOutbox()).toEqual([]);
    expect(await getDb().shadows.count()).toBe(0);
    await expectServerState(server());
  });

  it('repeats a request whose answer was lost or timed out, and the server applies it once', async () => {
    const a = await saveNote({ userId: 'u1', title: 'A', body: 'a', type: 'General' });
    const b = await saveNote({ userId: 'u2', title: 'B', body: 'b', type: 'General' });
    server().faults.add({ on: 'push', path: a.id, status: 500, afterApply: true, times: 2 });
    server().faults.add({ on: 'push', path: b.id, kind: 'hang' });
    server().faults.add({ on: 'push', path: b.id, status: 502, afterApply: true });
    const clock = testClock();
    await runSync(sourceFor(server(), { timeoutMs: 300 }), { clock });
    expect(clock.waits).toHaveLength(4);
    expect(server().pushes.filter((p) => p.path.endsWith(a.id))).toHaveLength(3);
    expect(effective()).toEqual({ [`PUT /v1/notes/${a.id}`]: 1, [`PUT /v1/notes/${b.id}`]: 1 });
    await expectServerState(server());
  });

  it('marks an item the server refuses as failed with its message and still sends later ones', async () => {
    await enrollUser({ cadenceId: 'gone-cadence', userId: 'u1' });
    const later = await saveNote({ userId: 'u1', title: 'Later', body: 'x', type: 'General' });
    server().faults.add({
      on: 'push',
      path: later.id,
      status: 422,
      message: 'Note type is not allowed',
    });
    const after = await saveNote({ accountId: 'a1', title: 'After', body: 'y', type: 'Email' });
    await runSync(sourceFor(server()), { clock: testClock() });
    const items = await listOutbox();
    expect(items.map((i) => [i.kind, i.status, i.lastError])).toEqual([
      ['enrollment.put', 'failed', 'That cadence no longer exists.'],
      ['note.put', 'failed', 'Note type is not allowed'],
    ]);
    expect(server().state.get('note', after.id)).toEqual(after);
    // A failed item keeps its local edit until the user retries or discards it.
    expect(await getDb().notes.get(later.id)).toEqual(later);
    // Retrying the note (the server accepts it now) and discarding the enrolment converge.
    const [enrolment, note] = items;
    await retryOutboxItem(note?.seq ?? -1);
    await discardOutboxItem(enrolment?.seq ?? -1);
    await runSync(sourceFor(server()), { clock: testClock() });
    expect(server().state.get('note', later.id)).toEqual(later);
    expect(await listOutbox()).toEqual([]);
    await expectServerState(server());
  });

  it('counts a 404 on a note delete as done but fails a 404 on a user patch', async () => {
    server().state.remove('note', 'n1');
    await deleteNote('n1');
    server().state.remove('user', 'u6');
    await setUserFields('u6', { personaId: 'p1' });
    await runSync(sourceFor(server()), { clock: testClock() });
    const items = await listOutbox();
    expect(items.map((i) => [i.kind, i.status, i.lastError])).toEqual([
      ['user.patch', 'failed', 'No user u6.'],
    ]);
    await discardOutboxItem(items[0]?.seq ?? -1);
    await expectServerState(server());
  });

  it('does not let a server change overwrite a pending local edit, and keeps the latest server version for discard', async () => {
    const mine = await saveNote({
      id: 'n1',
      userId: 'u1',
      title: 'My edit',
      body: 'mine',
      type: 'Meeting',
    });
    const theirs = {
      id: 'n1',
      userId: 'u1',
      title: 'Colleague edit',
      body: 'theirs',
      type: 'Meeting',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-19T00:00:00.000Z',
    };
    server().state.upsert('note', theirs);
    server().faults.add({ on: 'push', status: 503, retryAfter: '900' });
    await runSync(sourceFor(server()), { clock: testClock() });
    expect(await getDb().notes.get('n1')).toEqual(mine);
    expect((await getDb().shadows.get('notes:n1'))?.data).toEqual(theirs);
    // Once the server is back, the local edit is pushed and wins (last write), once.
    await runSync(sourceFor(server()), { clock: testClock() });
    expect(server().state.get('note', 'n1')).toEqual(mine);
    expect(server().pushes.filter((p) => p.effect === 'changed')).toHaveLength(1);
    await expectServerState(server());
  });
});
