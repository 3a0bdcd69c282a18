import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { defineMeta } from '@/lib/db/define-meta';
import { enrollUser } from '@/lib/db/enrollment-writes';
import { deleteNote, saveNote } from '@/lib/db/note-writes';
import { discardOutboxItem, listOutbox, retryOutboxItem } from '@/lib/db/outbox';
import { deletePersona, deleteRole, saveRole } from '@/lib/db/taxonomy-writes';
import { setUserFields } from '@/lib/db/user-writes';
import { setMeta } from '@/tests/support/meta-rows';

const user = {
  id: 'u1',
  createdAt: '2026-01-01T00:00:00Z',
  crmKeys: [],
  searchKeys: [],
  roleId: 'r1',
};

beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

describe('meta', () => {
  it('round-trips values and is undefined when unset', async () => {
    const x = defineMeta<{ a: number } | undefined>('x', undefined);
    expect(await x.get()).toBeUndefined();
    await x.set({ a: 1 });
    expect(await x.get()).toEqual({ a: 1 });
  });
});

describe('notes', () => {
  it('creates a note with a new id, the whoami author, and queues a PUT of the whole note', async () => {
    await setMeta('whoami', { user: { name: 'Ana Rep', email: 'ana@x.io' } });
    const note = await saveNote({ userId: 'u1', title: 'Call', body: 'went well', type: 'Call' });
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note.author).toBe('Ana Rep');
    expect(await getDb().notes.get(note.id)).toEqual(note);
    const [item] = await listOutbox();
    expect(item).toMatchObject({
      kind: 'note.put',
      method: 'PUT',
      path: `/v1/notes/${note.id}`,
      body: note,
      status: 'pending',
      entityId: note.id,
    });
  });

  it('keeps createdAt on edit and deletes with a queued DELETE', async () => {
    const first = await saveNote({ title: 'a', body: 'b', type: 'General' });
    await new Promise((r) => setTimeout(r, 5));
    const edited = await saveNote({ id: first.id, title: 'a2', body: 'b2', type: 'General' });
    expect(edited.createdAt).toBe(first.createdAt);
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    await deleteNote(first.id);
    expect(await getDb().notes.get(first.id)).toBeUndefined();
    expect((await listOutbox()).map((i) => i.kind)).toEqual([
      'note.put',
      'note.put',
      'note.delete',
    ]);
  });

  it('discarding the only write of a server note restores the server version', async () => {
    const server = {
      id: 'n1',
      title: 'server',
      body: 'x',
      type: 'General',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    await getDb().notes.put(server);
    await saveNote({ id: 'n1', title: 'mine', body: 'y', type: 'General' });
    const [item] = await listOutbox();
    await discardOutboxItem(item?.seq ?? -1);
    expect(await getDb().notes.get('n1')).toEqual(server);
    expect(await getDb().shadows.count()).toBe(0);
  });

  it('discarding a new note removes it locally; retry puts a failed item back to pending', async () => {
    const note = await saveNote({ title: 't', body: 'b', type: 'General' });
    const [item] = await listOutbox();
    const seq = item?.seq ?? -1;
    await getDb().outbox.update(seq, { status: 'failed', lastError: 'Bad note' });
    await retryOutboxItem(seq);
    expect(await getDb().outbox.get(seq)).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await getDb().outbox.get(seq))?.lastError).toBeUndefined();
    await discardOutboxItem(seq);
    expect(await getDb().notes.get(note.id)).toBeUndefined();
    expect(await listOutbox()).toEqual([]);
  });
});

describe('enrolments', () => {
  it('refuses a second active enrolment in the same cadence but allows another cadence', async () => {
    const first = await enrollUser({ cadenceId: 'c1', userId: 'u1' });
    expect(first.ok).toBe(true);
    expect(await enrollUser({ cadenceId: 'c1', userId: 'u1' })).toEqual({
      ok: false,
      reason: 'Already in this cadence',
    });
    expect((await enrollUser({ cadenceId: 'c2', userId: 'u1' })).ok).toBe(true);
    const items = await listOutbox();
    expect(items).toHaveLength(2);
    expect(Object.keys(items[0]?.body as object).sort()).toEqual([
      'cadenceId',
      'createdAt',
      'id',
      'userId',
    ]);
  });

  it('allows re-enrolling after the earlier enrolment stopped', async () => {
    await getDb().enrollments.put({
      id: 'e0',
      cadenceId: 'c1',
      userId: 'u1',
      createdAt: '2026-01-01T00:00:00Z',
      status: 'stopped',
    });
    expect((await enrollUser({ cadenceId: 'c1', userId: 'u1' })).ok).toBe(true);
  });
});

describe('user fields and taxonomy', () => {
  it('patches role, clears persona, merges custom fields and queues the whole field map', async () => {
    await getDb().users.put({ ...user, personaId: 'p1', customFields: { plan: 'pro', seats: 3 } });
    await setUserFields('u1', { roleId: 'r2', personaId: null, customFields: { seats: 5 } });
    const stored = await getDb().users.get('u1');
    expect(stored?.roleId).toBe('r2');
    expect(stored?.personaId).toBeUndefined();
    expect(stored?.customFields).toEqual({ plan: 'pro', seats: 5 });
    const [item] = await listOutbox();
    expect(item).toMatchObject({
      kind: 'user.patch',
      method: 'PATCH',
      path: '/v1/users/u1',
      body: { roleId: 'r2', personaId: null, customFields: { plan: 'pro', seats: 5 } },
    });
  });

  it('refuses to delete a role that users hold, with a count', async () => {
    await getDb().users.put(user);
    await getDb().roles.put({ id: 'r1', name: 'Admin' });
    const result = await deleteRole('r1');
    expect(result).toEqual({
      ok: false,
      reason: "Can't delete this role: 1 user has it. Change their role first.",
    });
    expect(await getDb().roles.get('r1')).toBeDefined();
    expect(await listOutbox()).toEqual([]);
  });

  it('saves and deletes unused roles and personas through the outbox', async () => {
    const role = await saveRole({ name: 'Champion', description: 'Pushes for us' });
    expect(await deleteRole(role.id)).toEqual({ ok: true });
    expect(await deletePersona('p-unused')).toEqual({ ok: true });
    expect((await listOutbox()).map((i) => `${i.method} ${i.path}`)).toEqual([
      `PUT /v1/roles/${role.id}`,
      `DELETE /v1/roles/${role.id}`,
      'DELETE /v1/personas/p-unused',
    ]);
  });
});
