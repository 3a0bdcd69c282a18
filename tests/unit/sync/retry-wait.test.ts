// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { saveNote } from '@/lib/db/note-writes';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '@/lib/sync/backoff';
import { runSync } from '@/lib/sync/engine';
import { publishSyncStatus, readSyncStatus } from '@/lib/sync/status-store';
import { requestSync } from '@/lib/sync/sync-controller';
import { seededServerPerTest } from './engine-harness';
import { NOW, sourceFor, testClock } from './sync-test-kit';

// Issue #12: a server's requested wait is capped, shown with its date, and honoured by the
// automatic runs (only "Sync now" may go earlier).

const server = seededServerPerTest({ pageSize: 50, syncFirst: true });
const pulls = () => server().requests.filter((r) => r.startsWith('GET /v1/changes')).length;

describe('Retry-After', () => {
  it('caps a huge Retry-After at a day and shows the date of the retry', async () => {
    expect(parseRetryAfter('999999999999999', NOW)).toBe(MAX_RETRY_AFTER_MS);
    await saveNote({ userId: 'u1', title: 'Kept', body: 'k', type: 'General' });
    server().faults.add({ on: 'pull', status: 503, retryAfter: '999999999999999' });
    const outcome = await runSync(sourceFor(server()), { clock: testClock() });
    expect(outcome).toMatchObject({ result: 'deferred', retryAt: '2026-11-21T12:00:00.000Z' });
    const status = await readSyncStatus();
    expect(status.lastError).toMatch(/Trying again on 21 Nov at 12:00 UTC\.$/);
    expect(await getDb().outbox.count()).toBe(1);
  });

  it('the periodic alarm and start-up wait until nextRetryAt; "Sync now" goes at once', async () => {
    await getDb().meta.put({
      key: META.sourceConfig.key,
      value: { kind: 'http', baseUrl: server().url, token: 'secret' },
    });
    const later = new Date(Date.now() + 3_600_000).toISOString();
    await publishSyncStatus({ phase: 'error', lastError: 'Busy.', nextRetryAt: later });
    const before = pulls();
    expect(await requestSync('alarm')).toBeUndefined();
    expect(await requestSync('startup')).toBeUndefined();
    expect(pulls()).toBe(before);
    expect((await readSyncStatus()).nextRetryAt).toBe(later);
    expect(await requestSync('manual')).toMatchObject({ result: 'ok' });
    expect(pulls()).toBe(before + 1);
    // Once the wait is over, the alarm syncs again.
    await publishSyncStatus({
      phase: 'error',
      nextRetryAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(await requestSync('alarm')).toMatchObject({ result: 'ok' });
  });
});
