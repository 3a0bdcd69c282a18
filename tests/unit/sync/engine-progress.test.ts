// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '@/lib/domain/sync-status';
import { runSync } from '@/lib/sync/engine';
import { readSyncStatus } from '@/lib/sync/status-store';
import { type SyncServer, startSyncServer } from '@/tests/support/sync-server';
import { freshDb, NOW, seedWorkspace, sourceFor, testClock } from './sync-test-kit';

// What the status says while and after syncing: a total only when the server sends
// `remaining`, the first sync's own count kept past a follow-up run, and since when it fails.

let server: SyncServer;
afterEach(() => server?.close());

async function serve(remaining: boolean) {
  freshDb();
  server = await startSyncServer({ pageSize: 7, remaining });
  seedWorkspace(server.state);
}

/** Every status the engine publishes during a run, read after each of its pull requests. */
async function runWatching(): Promise<SyncStatus[]> {
  const seen: SyncStatus[] = [];
  const source = sourceFor(server);
  const pull = source.pull.bind(source);
  source.pull = async (...args) => {
    seen.push(await readSyncStatus());
    return pull(...args);
  };
  await runSync(source, { clock: testClock() });
  seen.push(await readSyncStatus());
  return seen;
}

describe('sync progress and its result', () => {
  it('a server that sends `remaining` gives a total: pulled so far plus what is left', async () => {
    await serve(true);
    const feed = server.state.feed.length;
    const seen = await runWatching();
    const during = seen.filter((s) => s.phase === 'syncing' && s.pulled > 0);
    expect(during.length).toBeGreaterThan(1);
    for (const s of during) expect(s.total).toBe(feed);
    expect(seen.at(-1)).toMatchObject({ phase: 'idle', pulled: feed });
    expect(seen.at(-1)?.total).toBeUndefined();
  });

  it('without `remaining` there is no total (the bar stays indeterminate)', async () => {
    await serve(false);
    const seen = await runWatching();
    expect(seen.filter((s) => s.phase === 'syncing' && s.pulled > 0).length).toBeGreaterThan(0);
    for (const s of seen) expect(s.total).toBeUndefined();
  });

  it('the first sync keeps its own count when a small follow-up run comes right after it', async () => {
    await serve(false);
    const feed = server.state.feed.length;
    await runSync(sourceFor(server), { clock: testClock() });
    server.state.upsert('user', { id: 'u-late', createdAt: NOW.toISOString() });
    await runSync(sourceFor(server), { clock: testClock() });
    const status = await readSyncStatus();
    expect(status.pulled).toBe(1);
    expect(status.firstSync).toEqual({ pulled: feed, at: NOW.toISOString() });
  });

  it('says since when syncing fails, keeps that time across failures, clears it on success', async () => {
    await serve(false);
    await runSync(sourceFor(server), { clock: testClock() });
    const later = (ms: number) => ({ ...testClock(), now: () => new Date(NOW.getTime() + ms) });
    await runSync(sourceFor(server, { token: 'wrong' }), { clock: later(0) });
    expect(await readSyncStatus()).toMatchObject({
      phase: 'paused',
      failingSince: NOW.toISOString(),
    });
    await runSync(sourceFor(server, { token: 'wrong' }), { clock: later(60_000) });
    expect((await readSyncStatus()).failingSince).toBe(NOW.toISOString());
    await runSync(sourceFor(server), { clock: later(120_000) });
    expect((await readSyncStatus()).failingSince).toBeUndefined();
  });
});
