// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { saveNote } from '@/lib/db/note-writes';
import { runSync } from '@/lib/sync/engine';
import { TOKEN_REJECTED } from '@/lib/sync/http-source';
import { readSyncStatus } from '@/lib/sync/status-store';
import { getMeta } from '@/tests/support/meta-rows';
import { expectServerState, seededServerPerTest } from './engine-harness';
import { NOW, sourceFor, testClock } from './sync-test-kit';

const server = seededServerPerTest({ pageSize: 10 });

const pulls = () => server().requests.filter((r) => r.startsWith('GET /v1/changes'));

describe('pull failures (sync protocol failure table)', () => {
  it('retries 5xx with growing, jittered backoff and never skips the page', async () => {
    server().faults.add({ on: 'pull', status: 500, times: 3 });
    const clock = testClock();
    expect((await runSync(sourceFor(server()), { clock })).result).toBe('ok');
    expect(clock.waits).toEqual([750, 1500, 3000]);
    await expectServerState(server());
  });

  it('honours Retry-After on 429 and 503', async () => {
    server().faults.add({ on: 'pull', status: 429, retryAfter: '7' });
    server().faults.add({ on: 'pull', status: 503, retryAfter: '3' });
    const clock = testClock();
    await runSync(sourceFor(server()), { clock });
    expect(clock.waits).toEqual([7000, 3000]);
    await expectServerState(server());
  });

  it('persists a long Retry-After as nextRetryAt and resumes from the stored cursor', async () => {
    await runSync(sourceFor(server()), { clock: testClock() });
    server().state.upsert('user', { id: 'u9', createdAt: NOW.toISOString() });
    server().faults.add({ on: 'pull', status: 503, retryAfter: '600' });
    const outcome = await runSync(sourceFor(server()), { clock: testClock() });
    expect(outcome.result).toBe('deferred');
    const status = await readSyncStatus();
    expect(status.phase).toBe('error');
    expect(status.nextRetryAt).toBe(new Date(NOW.getTime() + 600_000).toISOString());
    expect(status.lastError).toMatch(/The server answered 503.*Trying again at 12:10 UTC/);
    expect(await getDb().users.get('u9')).toBeUndefined();
    expect((await runSync(sourceFor(server()), { clock: testClock() })).result).toBe('ok');
    expect((await readSyncStatus()).nextRetryAt).toBeUndefined();
    await expectServerState(server());
  });

  it('retries after a network error and after a request timeout', async () => {
    let failures = 1;
    const flaky: typeof fetch = async (input, init) => {
      if (failures-- > 0) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    server().faults.add({ on: 'pull', kind: 'hang' });
    const clock = testClock();
    await runSync(sourceFor(server(), { fetch: flaky, timeoutMs: 300 }), { clock });
    expect(clock.waits).toHaveLength(2);
    await expectServerState(server());
  });

  it('treats a non-JSON body or a bad envelope as transient and applies nothing from it', async () => {
    server().faults.add({ on: 'pull', kind: 'malformed' });
    server().faults.add({ on: 'pull', kind: 'badEnvelope' });
    const clock = testClock();
    await runSync(sourceFor(server()), { clock });
    expect(clock.waits).toHaveLength(2);
    expect(pulls()[0]).toBe(pulls()[2]);
    await expectServerState(server());
  });

  it('skips an invalid change, applies the rest of its page, counts it and says why', async () => {
    server().state.appendRaw({ type: 'user', op: 'upsert', data: { id: 'bad', email: 'x@y.z' } });
    server().state.appendRaw({ type: 'gizmo', op: 'upsert', data: { id: 'g' } });
    server().state.appendRaw({
      type: 'event',
      op: 'upsert',
      data: { id: 'e-bad', userId: 'u1', ts: 'yesterday', name: 'x' },
    });
    server().state.upsert('user', { id: 'u7', createdAt: NOW.toISOString() });
    await runSync(sourceFor(server()), { clock: testClock() });
    const rejected = await getDb().rejected.toArray();
    expect(rejected.map((r) => [r.type, r.entityId, r.reason])).toEqual([
      ['user', 'bad', expect.stringMatching(/^user\.createdAt: /)],
      ['gizmo', undefined, 'unknown entity type "gizmo"'],
      ['event', 'e-bad', 'event.ts: not an ISO 8601 time'],
    ]);
    await expectServerState(server());
  });

  it('pauses on 401 with a plain message, keeping the cursor and the outbox', async () => {
    await runSync(sourceFor(server()), { clock: testClock() });
    const cursor = await getMeta('cursor');
    await saveNote({ userId: 'u2', title: 'Call', body: 'ok', type: 'Call' });
    const outcome = await runSync(sourceFor(server(), { token: 'wrong' }), { clock: testClock() });
    expect(outcome).toEqual({ result: 'paused', message: TOKEN_REJECTED });
    expect(await readSyncStatus()).toMatchObject({ phase: 'paused', lastError: TOKEN_REJECTED });
    expect(await getMeta('cursor')).toBe(cursor);
    expect(await getDb().outbox.count()).toBe(1);
    expect(server().pushes).toHaveLength(0);
    // With the right token it resumes and delivers.
    expect((await runSync(sourceFor(server()), { clock: testClock() })).result).toBe('ok');
    expect(await getDb().outbox.count()).toBe(0);
    await expectServerState(server());
  });

  it('on 410 discards synced data, keeps the outbox and its local edit, and pulls from scratch', async () => {
    await runSync(sourceFor(server()), { clock: testClock() });
    const mine = await saveNote({ userId: 'u1', title: 'Mine', body: 'local', type: 'General' });
    server().state.remove('user', 'u5');
    server().state.compact();
    server().state.expireCursors();
    server().faults.add({ on: 'push', status: 503, retryAfter: '900' }); // keep the note unpushed
    const outcome = await runSync(sourceFor(server()), { clock: testClock() });
    expect(outcome.result).toBe('deferred');
    // The first sync and the restart after 410 are the only pulls without a cursor.
    expect(pulls().filter((p) => p === 'GET /v1/changes?limit=5000')).toHaveLength(2);
    expect(await getDb().notes.get(mine.id)).toEqual(mine);
    expect(await getDb().users.get('u5')).toBeUndefined();
    expect(await getDb().outbox.count()).toBe(1);
    await runSync(sourceFor(server()), { clock: testClock() });
    expect(server().state.get('note', mine.id)).toEqual(mine);
    await expectServerState(server());
  });

  it('gives the same state from duplicated and overlapping pages (no double counting)', async () => {
    server().faults.add({ on: 'pull', kind: 'duplicate', times: 2 });
    server().faults.add({ on: 'pull', kind: 'overlap', overlapBy: 6, times: 3 });
    await runSync(sourceFor(server()), { clock: testClock() });
    await expectServerState(server());
  });
});
