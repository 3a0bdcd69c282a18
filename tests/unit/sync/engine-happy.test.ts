// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { runSync } from '@/lib/sync/engine';
import { readSyncStatus } from '@/lib/sync/status-store';
import { getMeta } from '@/tests/support/meta-rows';
import { expectServerState, seededServerPerTest } from './engine-harness';
import { NOW, sourceFor, testClock } from './sync-test-kit';

const server = seededServerPerTest({ pageSize: 7 });

describe('runSync against the protocol server', () => {
  it('pulls every page and ends with the server state, derived data and an idle status', async () => {
    const outcome = await runSync(sourceFor(server()), { clock: testClock() });
    expect(outcome).toMatchObject({ result: 'ok', pushed: 0 });
    await expectServerState(server());
    // Pages of 7: the feed needs several requests, each with the previous cursor.
    const pulls = server().requests.filter((r) => r.startsWith('GET /v1/changes'));
    expect(pulls.length).toBe(Math.ceil(server().state.feed.length / 7));
    expect(pulls[0]).toBe('GET /v1/changes?limit=5000');
    expect(pulls[1]).toMatch(/cursor=.+&limit=5000/);
    const status = await readSyncStatus();
    expect(status).toMatchObject({
      phase: 'idle',
      lastResult: 'ok',
      lastSyncAt: NOW.toISOString(),
    });
    expect(status.lastError).toBeUndefined();
    expect(status.pulled).toBe(server().state.feed.length);
    const stats = await getDb().userStats.get('u1');
    expect(stats?.types).toContain('influencer');
    expect(stats?.types).toContain('active');
    expect((await getDb().userStats.get('u6'))?.types).toEqual(['zombie']);
    expect(await getDb().thresholds.count()).toBeGreaterThan(100);
  });

  it('stores derived lookup keys for users and accounts', async () => {
    await runSync(sourceFor(server()), { clock: testClock() });
    const user = await getDb().users.where('emailKey').equals('user3@example.com').first();
    expect(user?.id).toBe('u3');
    expect(user?.searchKeys).toContain('first3');
    const account = await getDb().accounts.where('crmKeys').equals('hubspot:11').first();
    expect(account).toMatchObject({ id: 'a1', domainKey: 'globex.com', nameKey: 'globex' });
  });

  it('applies later edits and deletes incrementally from the stored cursor', async () => {
    await runSync(sourceFor(server()), { clock: testClock() });
    const before = server().requests.length;
    server().state.upsert('event', {
      id: 'e1',
      userId: 'u1',
      ts: NOW.toISOString(),
      name: 'export',
    });
    server().state.remove('event', 'e2');
    server().state.upsert('user', { id: 'u6', createdAt: NOW.toISOString(), deactivated: true });
    server().state.remove('note', 'n1');
    server().state.remove('note', 'never-existed');
    await runSync(sourceFor(server()), { clock: testClock() });
    expect(server().requests.length - before).toBe(1);
    await expectServerState(server());
    expect(await getDb().userStats.get('u6')).toBeUndefined();
    expect(await getMeta('derivedStale')).toBeUndefined();
  });
});
