// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { saveNote } from '@/lib/db/note-writes';
import { runSync } from '@/lib/sync/engine';
import { readSyncStatus } from '@/lib/sync/status-store';
import { expectServerState, seededServerPerTest } from './engine-harness';
import { sourceFor, testClock } from './sync-test-kit';

// Issue #12, High: a server that never lets the feed move on must not make the client pull in
// a tight loop. Each case ends with nothing lost: the store equal to the server's, or a clear
// message and the outbox intact.

const server = seededServerPerTest({ pageSize: 10, syncFirst: true });
const pulls = () => server().requests.filter((r) => r.startsWith('GET /v1/changes'));

describe('no endless pull loops', () => {
  it('backs off from a page that hands back the same cursor with hasMore, then catches up', async () => {
    server().state.upsert('user', { id: 'u9', createdAt: '2026-11-19T00:00:00Z' });
    server().faults.add({ on: 'pull', kind: 'stuck', times: 3 });
    const before = pulls().length;
    const clock = testClock();
    expect((await runSync(sourceFor(server()), { clock })).result).toBe('ok');
    expect(clock.waits).toEqual([750, 1500, 3000]);
    expect(pulls().length - before).toBe(4);
    await expectServerState(server());
  });

  it('a server stuck for good ends the run with a message and a later retry, outbox intact', async () => {
    await saveNote({ userId: 'u1', title: 'Kept', body: 'local', type: 'General' });
    server().faults.add({ on: 'pull', kind: 'stuck', times: 1000 });
    const before = pulls().length;
    const outcome = await runSync(sourceFor(server()), { clock: testClock() });
    expect(outcome.result).toBe('deferred');
    expect(pulls().length - before).toBeLessThan(20);
    const status = await readSyncStatus();
    expect(status.lastError).toMatch(/did not move on/);
    expect(status.nextRetryAt).toBeDefined();
    expect(await getDb().outbox.count()).toBe(1);
  });

  it('a 410 on a pull without a cursor is a transient error, not a reason to wipe and re-pull', async () => {
    server().state.expireCursors();
    // The cursor-bearing pull gets a real 410; the fresh pulls that follow keep answering 410.
    server().faults.add({ on: 'pull', status: 410, times: 1000 });
    const before = pulls().length;
    const outcome = await runSync(sourceFor(server()), { clock: testClock() });
    expect(outcome.result).toBe('deferred');
    expect(pulls().length - before).toBeLessThan(20);
    expect((await readSyncStatus()).lastError).toMatch(/sync position expired again/);
    server().faults.clear();
    expect((await runSync(sourceFor(server()), { clock: testClock() })).result).toBe('ok');
    await expectServerState(server());
  });

  it('a second 410 in one run is transient too (backoff, then the run completes)', async () => {
    server().state.expireCursors();
    server().faults.add({ on: 'pull', status: 410, times: 2 });
    const clock = testClock();
    expect((await runSync(sourceFor(server()), { clock })).result).toBe('ok');
    expect(clock.waits).toEqual([750]);
    await expectServerState(server());
  });
});
