// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/database';
import * as derived from '@/lib/db/derived';
import { deleteNote, saveNote } from '@/lib/db/note-writes';
import { listOutbox, retryOutboxItem } from '@/lib/db/outbox';
import { heldSeqs } from '@/lib/db/outbox-order';
import { deleteRole, saveRole } from '@/lib/db/taxonomy-writes';
import { setUserFields } from '@/lib/db/user-writes';
import { runSync } from '@/lib/sync/engine';
import { readSyncStatus } from '@/lib/sync/status-store';
import { expectServerState, seededServerPerTest } from './engine-harness';
import { sourceFor, testClock } from './sync-test-kit';

// Issue #12: the outbox keeps each entity's writes in order, DELETE repeats are done, a PATCH
// answer becomes the local row, and derived data never blocks the push.

vi.mock('@/lib/db/derived', { spy: true });

const server = seededServerPerTest({ pageSize: 25, syncFirst: true });
const sync = () => runSync(sourceFor(server()), { clock: testClock() });

describe('outbox order per entity', () => {
  it('holds a later edit behind a failed one, so a retry never rolls the server back', async () => {
    const v1 = await saveNote({ userId: 'u1', title: 'v1', body: 'first', type: 'General' });
    const v2 = await saveNote({ ...v1, title: 'v2', body: 'second' });
    server().faults.add({ on: 'push', path: v1.id, status: 422, message: 'Too long.' });
    await sync();
    const items = await listOutbox();
    expect(items.map((i) => i.status)).toEqual(['failed', 'pending']);
    expect(heldSeqs(items)).toEqual(new Set([items[1]?.seq]));
    expect(server().state.get('note', v1.id)).toBeUndefined();
    await retryOutboxItem(items[0]?.seq ?? -1);
    await sync();
    expect(server().state.get('note', v1.id)).toEqual(v2);
    expect(await listOutbox()).toEqual([]);
    await expectServerState(server());
  });

  it('never resurrects a deleted note by retrying its older failed edit', async () => {
    const note = await saveNote({ userId: 'u2', title: 'Old', body: 'x', type: 'General' });
    await deleteNote(note.id);
    server().faults.add({ on: 'push', path: note.id, status: 409, message: 'Busy.' });
    await sync();
    const [failed] = await listOutbox();
    await retryOutboxItem(failed?.seq ?? -1);
    await sync();
    expect(server().state.get('note', note.id)).toBeUndefined();
    expect(await getDb().notes.get(note.id)).toBeUndefined();
    expect(await listOutbox()).toEqual([]);
    await expectServerState(server());
  });

  it('counts a 404 on a repeated role DELETE (answer lost) as done', async () => {
    const role = await saveRole({ name: 'Temp' });
    await sync();
    await deleteRole(role.id);
    server().faults.add({ on: 'push', path: role.id, status: 502, afterApply: true });
    await sync();
    expect(await listOutbox()).toEqual([]);
    expect(await getDb().roles.get(role.id)).toBeUndefined();
    await expectServerState(server());
  });

  it('applies the user a PATCH returns, even when the server never echoes it', async () => {
    // The server knows a newer title the feed has not carried yet.
    const stored = server().state.get('user', 'u4');
    if (stored) stored.title = 'VP Sales';
    server().faults.add({ on: 'push', path: '/v1/users/u4', kind: 'noEcho' });
    await setUserFields('u4', { roleId: 'r1' });
    await sync();
    expect(await getDb().users.get('u4')).toMatchObject({ roleId: 'r1', title: 'VP Sales' });
    expect(await listOutbox()).toEqual([]);
    await expectServerState(server());
  });
});

describe('derived data never blocks the push', () => {
  it('pushes the outbox and says so when updating user types fails', async () => {
    vi.mocked(derived.updateDerived).mockRejectedValueOnce(new RangeError('Invalid time value'));
    vi.mocked(derived.recomputeDerived).mockRejectedValueOnce(new RangeError('Invalid time value'));
    server().state.upsert('user', { id: 'u8', createdAt: '2026-11-19T00:00:00Z' });
    const note = await saveNote({ userId: 'u1', title: 'Sent', body: 'y', type: 'General' });
    const outcome = await sync();
    expect(outcome).toMatchObject({ result: 'ok', pushed: 1 });
    expect(server().state.get('note', note.id)).toEqual(note);
    expect((await readSyncStatus()).lastError).toMatch(
      /Synced, but user types and activity figures could not be updated: Invalid time value/,
    );
    await expectServerState(server());
  });

  it('refuses an absurd activity window in the schema instead of failing every run', async () => {
    server().state.upsert('workspace', { id: 'w1', name: 'Acme CS', activityWindowDays: 1e9 });
    const note = await saveNote({ userId: 'u1', title: 'Still sent', body: 'z', type: 'General' });
    expect((await sync()).result).toBe('ok');
    expect(server().state.get('note', note.id)).toEqual(note);
    const rejected = await getDb().rejected.toArray();
    expect(rejected.map((r) => r.type)).toContain('workspace');
  });

  it('rejects the ids "." and "..", which would turn push paths into other endpoints', async () => {
    for (const id of ['.', '..'])
      server().state.appendRaw({
        type: 'note',
        op: 'upsert',
        data: {
          id,
          userId: 'u1',
          title: 't',
          body: 'b',
          type: 'General',
          createdAt: '2026-11-19T00:00:00Z',
          updatedAt: '2026-11-19T00:00:00Z',
        },
      });
    await sync();
    expect(await getDb().notes.get('..')).toBeUndefined();
    const rejected = await getDb().rejected.toArray();
    expect(rejected.map((r) => r.reason)).toEqual([
      'note.id: an id cannot be "." or ".."',
      'note.id: an id cannot be "." or ".."',
    ]);
    await expectServerState(server());
  });
});
